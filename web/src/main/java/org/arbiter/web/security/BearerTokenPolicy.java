package org.arbiter.web.security;

import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the application asks of a bearer token beyond what the server's token realm checks. Elytron's JWT
 * validator (WildFly 39) verifies the signature, issuer and audience, and {@code exp}/{@code nbf} only when
 * they are present: a token without {@code exp} would never expire. Arbiter refuses such a token, as
 * MicroProfile JWT does.
 *
 * <p>It reads the token the server has already verified (it runs only for an authenticated request), so it
 * checks no signature itself; anything it cannot read is refused all the same.
 */
public final class BearerTokenPolicy {

    /** The header form Elytron's BEARER_TOKEN mechanism accepts; the first matching header is the one it used. */
    private static final Pattern BEARER = Pattern.compile("^Bearer *([^ ]+) *$", Pattern.CASE_INSENSITIVE);
    /** Only reads a tree of the claims; none of the API's binding settings matter here. */
    private static final ObjectMapper CLAIMS = new ObjectMapper();

    private BearerTokenPolicy() {
    }

    /**
     * Why the bearer token among these Authorization headers is refused, or empty when it is acceptable or
     * there is no bearer token (the caller signed in some other way).
     *
     * @param authorizationHeaders the request's Authorization header values, in order
     * @param nowEpochSeconds      the current time, in seconds since the epoch
     */
    public static Optional<String> refusal(List<String> authorizationHeaders, long nowEpochSeconds) {
        for (String header : authorizationHeaders) {
            Matcher bearer = header == null ? null : BEARER.matcher(header);
            if (bearer != null && bearer.matches()) {
                return refusal(bearer.group(1), nowEpochSeconds);
            }
        }
        return Optional.empty();
    }

    /** Whether these Authorization headers present a bearer token at all. */
    public static boolean presentsBearerToken(List<String> authorizationHeaders) {
        return authorizationHeaders.stream().anyMatch(header -> header != null && BEARER.matcher(header).matches());
    }

    private static Optional<String> refusal(String token, long nowEpochSeconds) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.of("the bearer token is not a signed JWT");
        }
        JsonNode claims;
        try {
            claims = CLAIMS.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (Exception e) {
            return Optional.of("the bearer token's claims cannot be read");
        }
        JsonNode exp = claims == null ? null : claims.get("exp");
        if (exp == null || !exp.isNumber()) {
            return Optional.of("the bearer token has no expiry time (exp)");
        }
        if (nowEpochSeconds > exp.asLong()) {
            return Optional.of("the bearer token has expired");
        }
        return Optional.empty();
    }
}
