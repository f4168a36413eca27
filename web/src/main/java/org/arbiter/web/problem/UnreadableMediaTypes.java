package org.arbiter.web.problem;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.arbiter.api.problem.FieldViolation;

/**
 * Which of the request's media-type headers JAX-RS cannot read ({@code Accept: foo}, {@code Content-Type: garbage}),
 * so that the 400 it gets names that header. Read with JAX-RS's own parser: what it reads passes.
 */
final class UnreadableMediaTypes {

    private UnreadableMediaTypes() {
    }

    /** @param header the request's values of a header, by name (none: an empty list or null) */
    static Optional<FieldViolation> in(Function<String, List<String>> header) {
        List<String> contentType = header.apply(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && contentType.stream().anyMatch(value -> !value.isBlank() && !isMediaType(value))) {
            return Optional.of(new FieldViolation(HttpHeaders.CONTENT_TYPE, "is not a media type such as application/json"));
        }
        List<String> accept = header.apply(HttpHeaders.ACCEPT);
        if (accept != null && accept.stream().flatMap(value -> Arrays.stream(value.split(",")))
                .anyMatch(range -> !range.isBlank() && !isMediaType(range))) {
            return Optional.of(new FieldViolation(HttpHeaders.ACCEPT,
                    "is not a list of media types such as application/json, */*;q=0.5"));
        }
        return Optional.empty();
    }

    /** The detail of the 400: the header and what is wrong with it. */
    static String detail(FieldViolation header) {
        return "the " + header.field() + " header " + header.message();
    }

    private static boolean isMediaType(String value) {
        try {
            MediaType.valueOf(value.strip());
            return true;
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }
}
