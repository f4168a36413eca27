package org.arbiter.web.problem;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.arbiter.api.problem.FieldViolation;
import org.arbiter.api.problem.ProblemType;
import org.arbiter.web.security.BearerTokenPolicy;
import org.arbiter.web.security.SignIn;

/**
 * Errors the servlet container answers before JAX-RS sees the request (no credentials, a role that may
 * not enter, an unknown path outside the API), written as problems like every other error. It is the
 * error page of web.xml; it never shows a stack trace.
 */
@WebServlet(name = "container-errors", urlPatterns = "/problems/container-error")
public class ContainerErrorServlet extends HttpServlet {

    private static final System.Logger LOG = System.getLogger(ContainerErrorServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            // Asked for directly, there is no error to describe: it would be a problem document saying 200.
            Problems.write(response, 404, ProblemType.NOT_FOUND, "there is nothing here", request.getRequestURI());
            return;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : response.getStatus();
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (status == 403 && !isApi(request, uri)) {
            // Outside the API nothing asks for a role: this is the container refusing to list a directory ("/").
            Problems.write(response, 404, ProblemType.NOT_FOUND, "there is nothing here; the API is under /api/v1 "
                    + "and described at /openapi", uri == null ? null : uri.toString());
            return;
        }
        if (isBearerTokenFailure(request, status)) {
            // Elytron answers 500 (and logs only at TRACE) when its token realm throws on a token it verified,
            // e.g. one without the principal claim or with a claim of the wrong type. The token is unusable: 401.
            LOG.log(Level.WARNING, "A bearer token for " + uri + " failed in the token realm (does it carry the "
                    + "principal claim, arbiter.jwt.principal-claim, and well-formed aud, exp and nbf?); answered 401");
            response.setHeader("WWW-Authenticate", SignIn.BEARER.challenge() + ", error=\"invalid_token\"");
            Problems.write(response, 401, ProblemType.UNAUTHENTICATED,
                    "the bearer token cannot be used: it lacks a claim the server needs or has one of the wrong type",
                    uri == null ? null : uri.toString());
            return;
        }
        ProblemType type = Problems.typeFor(status);
        if (status == 400) {
            // RESTEasy refuses a request whose media-type headers it cannot read before any resource runs.
            Optional<FieldViolation> header = UnreadableMediaTypes.in(name -> Collections.list(request.getHeaders(name)));
            if (header.isPresent()) {
                Problems.write(response, 400, type, UnreadableMediaTypes.detail(header.get()),
                        uri == null ? null : uri.toString(), List.of(header.get()));
                return;
            }
        }
        String detail = switch (status) {
            case 400 -> "the request could not be read: check its path, query string and headers (Accept, "
                    + "Content-Type, Accept-Language)";
            case 401 -> "sign in to use the API";
            case 403 -> "your account may not use this";
            case 404 -> "there is nothing here";
            case 405 -> "this resource does not support that method";
            case 413 -> "the request body is too large";
            default -> status >= 500 ? "the server failed to complete the request" : type.title();
        };
        Problems.write(response, status, type, detail, uri == null ? null : uri.toString());
    }

    private static boolean isApi(HttpServletRequest request, Object uri) {
        return uri != null && uri.toString().startsWith(request.getContextPath() + "/api/");
    }

    /**
     * A 500 without an exception, for a request that presented a bearer token and is not signed in: the
     * server's authentication failed on the token itself (the application never ran).
     */
    private static boolean isBearerTokenFailure(HttpServletRequest request, int status) {
        return status == 500
                && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) == null
                && request.getUserPrincipal() == null
                && BearerTokenPolicy.presentsBearerToken(Collections.list(request.getHeaders("Authorization")));
    }
}
