package org.arbiter.web.security;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.arbiter.api.problem.ProblemType;
import org.arbiter.web.problem.Problems;

/**
 * Applies {@link BearerTokenPolicy} to requests the server authenticated with a bearer token (the production
 * configuration): a refused token is a 401 problem with the Bearer challenge of RFC 6750, like any other
 * token the server refuses. Requests signed in otherwise, and anonymous ones, pass untouched.
 */
@WebFilter(filterName = "bearer-token-policy", urlPatterns = "/api/*")
public class BearerTokenFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            List<String> headers = Collections.list(request.getHeaders("Authorization"));
            Optional<String> refusal = BearerTokenPolicy.refusal(headers, System.currentTimeMillis() / 1000);
            if (refusal.isPresent()) {
                response.setHeader("WWW-Authenticate", SignIn.BEARER.challenge() + ", error=\"invalid_token\"");
                Problems.write(response, 401, ProblemType.UNAUTHENTICATED, refusal.get(), request.getRequestURI());
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
