package org.arbiter.web.intake;

import java.time.Duration;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;

import org.arbiter.api.problem.ProblemType;
import org.arbiter.web.problem.Problems;

/**
 * The answer to a filing that finds the admission queue full: 503 with a problem like every other error, and
 * {@code Retry-After}. It is written on the I/O thread, so it does no blocking work.
 */
final class FilingQueueFull implements HttpHandler {

    private final String retryAfterSeconds;
    private final String detail;

    FilingQueueFull(Duration retryAfter) {
        // Retry-After takes whole seconds; round up so that a client never comes back early.
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        this.retryAfterSeconds = Long.toString(seconds);
        this.detail = "too many complaints are waiting to be filed; nothing was stored, send the same request again "
                + "(with the same Idempotency-Key) in " + seconds + " s";
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws JsonProcessingException {
        exchange.getResponseHeaders().put(Headers.RETRY_AFTER, retryAfterSeconds);
        Problems.send(exchange, StatusCodes.SERVICE_UNAVAILABLE, ProblemType.SERVER_BUSY, detail);
    }
}
