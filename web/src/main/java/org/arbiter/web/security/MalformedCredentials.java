package org.arbiter.web.security;

import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

import io.undertow.server.HandlerWrapper;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;

import org.arbiter.api.problem.ProblemType;
import org.arbiter.web.problem.Problems;

/**
 * Answers 401 to credentials that cannot be read, in front of the servlets: an {@code Authorization} header
 * sent more than once, or Basic credentials that are not base64 of {@code user:password}. Elytron's Basic
 * mechanism throws on undecodable base64, which the container turns into a 500 with a logged stack trace,
 * on every URL: a client's typo or a scanner must not look like a server failure.
 */
public final class MalformedCredentials implements HandlerWrapper {

    private static final String BASIC = "basic";

    private final String challenge;

    /** @param signIn how this server signs callers in, for the 401's challenge */
    public MalformedCredentials(SignIn signIn) {
        this.challenge = signIn.challenge();
    }

    @Override
    public HttpHandler wrap(HttpHandler next) {
        return exchange -> {
            String problem = problemWith(exchange.getRequestHeaders().get(Headers.AUTHORIZATION));
            if (problem == null) {
                next.handleRequest(exchange);
                return;
            }
            refuse(exchange, problem);
        };
    }

    private void refuse(HttpServerExchange exchange, String problem) throws Exception {
        exchange.getResponseHeaders().put(Headers.WWW_AUTHENTICATE, challenge);
        Problems.send(exchange, StatusCodes.UNAUTHORIZED, ProblemType.UNAUTHENTICATED, problem);
    }

    /** What is wrong with the Authorization headers, or null when nothing is (also when there are none). */
    static String problemWith(HeaderValues authorization) {
        if (authorization == null || authorization.isEmpty()) {
            return null;
        }
        if (authorization.size() > 1) {
            return "send one Authorization header, not " + authorization.size();
        }
        String value = authorization.getFirst().strip();
        int space = value.indexOf(' ');
        String scheme = (space < 0 ? value : value.substring(0, space)).toLowerCase(Locale.ROOT);
        if (!scheme.equals(BASIC)) {
            return null; // bearer tokens are checked by their own mechanism, which answers 401 itself
        }
        if (space < 0) {
            return null; // "Basic" alone: Elytron takes it for no credentials at all, and so does the rest of the server
        }
        // Read as Elytron reads it: after "Basic ", padded base64; what follows the padding it ignores.
        return isUserColonPassword(value.substring(space + 1))
                ? null : "the Basic credentials are not base64 of user:password";
    }

    private static final Pattern PADDED_BASE64 =
            Pattern.compile("((?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?)[\\s\\S]*");

    private static boolean isUserColonPassword(String encoded) {
        var base64 = PADDED_BASE64.matcher(encoded);
        if (encoded.isEmpty() || !base64.matches()
                || base64.group(1).length() < encoded.length() && !base64.group(1).endsWith("=")) {
            return false;
        }
        for (byte b : Base64.getDecoder().decode(base64.group(1))) {
            if (b == ':') {
                return true;
            }
        }
        return false;
    }
}
