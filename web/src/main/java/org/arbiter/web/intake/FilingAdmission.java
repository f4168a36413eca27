package org.arbiter.web.intake;

import java.time.Duration;
import java.util.Objects;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.RequestLimit;
import io.undertow.util.CanonicalPathUtils;
import io.undertow.util.Methods;

/**
 * At most {@code maxConcurrent} filings ({@code POST /api/v1/complaints}) are processed at once; the others wait
 * in arrival order, up to {@code queueSize} of them, before they take a worker thread, and a filing that finds the
 * queue full is answered at once with a 503 problem and {@code Retry-After}.
 *
 * <p>Why: a filing is a short, CPU-bound transaction. With more of them at once than the server has cores their
 * threads mostly fight over the cores; on the 2-core reference machine a limit of 2 filed 1.3 to 1.6 times as many
 * complaints a second as no limit (docs/PERFORMANCE.md). Only filings are limited: uploads and downloads stream for
 * minutes and must not queue behind each other.
 *
 * <p>It runs on Undertow's I/O thread in front of the servlet (before authentication), so a waiting filing holds
 * neither a worker thread nor a database connection.
 */
public final class FilingAdmission {

    static final String FILINGS = "/api/v1/complaints";

    private final int maxConcurrent;
    private final int queueSize;
    private final RequestLimit limit;

    /**
     * @param maxConcurrent filings processed at once, at least 1
     * @param queueSize     filings waiting their turn before 503, at least 1
     * @param retryAfter    what a refused filing is told to wait, at least a second
     */
    public FilingAdmission(int maxConcurrent, int queueSize, Duration retryAfter) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("arbiter.intake.max-concurrent-filings must be at least 1, not " + maxConcurrent);
        }
        // Undertow reads a queue size below 1 as "unbounded", which is not what 0 would mean to an operator.
        if (queueSize < 1) {
            throw new IllegalArgumentException("arbiter.intake.filing-queue must be at least 1, not " + queueSize);
        }
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (retryAfter.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("arbiter.intake.queue-full-retry-after must be at least PT1S, not " + retryAfter);
        }
        this.maxConcurrent = maxConcurrent;
        this.queueSize = queueSize;
        this.limit = new RequestLimit(maxConcurrent, queueSize);
        this.limit.setFailureHandler(new FilingQueueFull(retryAfter));
    }

    /** The handler chain with filings admitted through the limit and every other request passed straight on. */
    public HttpHandler wrap(HttpHandler next) {
        return exchange -> {
            if (isFiling(exchange)) {
                limit.handleRequest(exchange, next);
            } else {
                next.handleRequest(exchange);
            }
        };
    }

    static boolean isFiling(HttpServerExchange exchange) {
        if (!Methods.POST.equals(exchange.getRequestMethod())) {
            return false;
        }
        // JAX-RS files with a trailing slash too. "//api/v1/complaints" or "/api/v1/./complaints" are answered 404
        // today, but the servlet container canonicalises them to the filing path; they count as filings, so that
        // the limit does not rest on how a later layer matches paths.
        String path = CanonicalPathUtils.canonicalize(exchange.getRelativePath());
        return FILINGS.equals(path) || (FILINGS + "/").equals(path);
    }

    @Override
    public String toString() {
        return "at most " + maxConcurrent + (maxConcurrent == 1 ? " filing" : " filings") + " at once, up to "
                + queueSize + " waiting";
    }
}
