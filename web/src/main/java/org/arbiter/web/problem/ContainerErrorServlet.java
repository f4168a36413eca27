package org.arbiter.web.problem;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.arbiter.api.ApiMediaTypes;
import org.arbiter.api.problem.Problem;
import org.arbiter.api.problem.ProblemType;
import org.arbiter.shared.Json;

/**
 * Errors the servlet container answers before JAX-RS sees the request (no credentials, a role that may
 * not enter, an unknown path outside the API), written as problems like every other error. It is the
 * error page of web.xml; it never shows a stack trace.
 */
@WebServlet(name = "container-errors", urlPatterns = "/problems/container-error")
public class ContainerErrorServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : response.getStatus();
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        ProblemType type = Problems.typeFor(status);
        String detail = switch (status) {
            case 401 -> "sign in to use the API";
            case 403 -> "your account may not use this";
            case 404 -> "there is nothing here";
            case 405 -> "this resource does not support that method";
            case 413 -> "the request body is too large";
            default -> status >= 500 ? "the server failed to complete the request" : type.title();
        };
        Problem problem = new Problem(type.uri(), type.title(), status, detail, uri == null ? null : uri.toString(),
                null, null);
        response.setStatus(status);
        response.setContentType(ApiMediaTypes.PROBLEM_JSON);
        response.setCharacterEncoding("UTF-8");
        Json.mapper().writeValue(response.getOutputStream(), problem);
    }
}
