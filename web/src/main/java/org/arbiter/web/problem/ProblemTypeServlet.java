package org.arbiter.web.problem;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.arbiter.api.problem.ProblemType;

/** Each problem type URI resolves to a short explanation of it, for the people reading a problem. */
@WebServlet(name = "problem-types", urlPatterns = "/problems/*")
public class ProblemTypeServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String slug = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        for (ProblemType type : ProblemType.values()) {
            if (type.uri().equals("/problems/" + slug)) {
                response.setContentType("text/plain");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().printf(Locale.ROOT, "%s%n%nProblem type %s of the Arbiter API. The problem's "
                        + "'detail' says what happened to your request and 'errors' names the fields.%n",
                        type.title(), type.uri());
                return;
            }
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
