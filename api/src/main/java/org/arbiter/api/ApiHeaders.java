package org.arbiter.api;

/** HTTP headers with a meaning in this API. */
public final class ApiHeaders {

    /** A client-chosen key that makes a write safe to retry: the retry gets the first answer. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** Set on a replayed answer, so a client can tell a retry from a first write. */
    public static final String IDEMPOTENT_REPLAY = "Idempotent-Replayed";

    private ApiHeaders() {
    }
}
