package org.arbiter.web.problem;

import java.util.Locale;

import io.undertow.server.HttpHandler;
import io.undertow.util.StatusCodes;

import org.arbiter.api.problem.ProblemType;

/**
 * Answers requests for the WAR's own {@code /WEB-INF} and {@code /META-INF} with the same problem+json 404 as any
 * other missing path. Undertow refuses them before any servlet runs, so neither JAX-RS nor the error page
 * sees them and the client got the container's HTML page instead. The test is Undertow's own: the path starts
 * with either name, in any case.
 */
final class HiddenPaths {

    private HiddenPaths() {
    }

    static HttpHandler wrap(HttpHandler next) {
        return exchange -> {
            if (isHidden(exchange.getRelativePath())) {
                Problems.send(exchange, StatusCodes.NOT_FOUND, ProblemType.NOT_FOUND, "there is nothing here");
                return;
            }
            next.handleRequest(exchange);
        };
    }

    static boolean isHidden(String relativePath) {
        String path = relativePath.toLowerCase(Locale.ROOT);
        return path.startsWith("/web-inf") || path.startsWith("/meta-inf");
    }
}
