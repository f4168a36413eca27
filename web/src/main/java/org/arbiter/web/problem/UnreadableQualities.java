package org.arbiter.web.problem;

import java.util.Locale;

import io.undertow.server.HttpHandler;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.StatusCodes;

import org.arbiter.api.problem.FieldViolation;
import org.arbiter.api.problem.ProblemType;

/**
 * Answers 400 naming the header to an {@code Accept} or {@code Content-Type} whose quality ({@code q}) is not a
 * number ({@code q=abc}, {@code q=}). RESTEasy reads it with {@link Float#parseFloat} while choosing the resource
 * method, and its {@link NumberFormatException} became a 500 on every resource, without signing in. Read here
 * the same way, so that what RESTEasy reads passes and only what it cannot read is refused.
 */
final class UnreadableQualities {

    private static final HttpString[] MEDIA_TYPE_HEADERS = {Headers.ACCEPT, Headers.CONTENT_TYPE};

    private UnreadableQualities() {
    }

    static HttpHandler wrap(HttpHandler next) {
        return exchange -> {
            for (HttpString header : MEDIA_TYPE_HEADERS) {
                HeaderValues values = exchange.getRequestHeaders().get(header);
                if (values != null && values.stream().anyMatch(UnreadableQualities::hasUnreadableQuality)) {
                    FieldViolation wrong = new FieldViolation(header.toString(),
                            "has a quality (q) that is not a number, such as q=0.5");
                    Problems.send(exchange, StatusCodes.BAD_REQUEST, ProblemType.BAD_REQUEST,
                            UnreadableMediaTypes.detail(wrong), wrong);
                    return;
                }
            }
            next.handleRequest(exchange);
        };
    }

    /** Whether any media range of the header value has a {@code q} parameter that is not a number. */
    static boolean hasUnreadableQuality(String value) {
        for (String range : value.split(",")) {
            String[] parameters = range.split(";");
            for (int i = 1; i < parameters.length; i++) {
                int equals = parameters[i].indexOf('=');
                String name = (equals < 0 ? parameters[i] : parameters[i].substring(0, equals)).strip();
                if (name.toLowerCase(Locale.ROOT).equals("q") && !isNumber(equals < 0 ? "" : parameters[i].substring(equals + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isNumber(String text) {
        try {
            Float.parseFloat(text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
