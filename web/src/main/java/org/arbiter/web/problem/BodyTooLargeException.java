package org.arbiter.web.problem;

import java.io.IOException;

/** A request body went over the limit. An I/O failure, because it is raised while the body is read. */
public class BodyTooLargeException extends IOException {

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("request body over " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
