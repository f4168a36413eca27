package org.arbiter.api;

/** HTTP headers with a meaning in this API. */
public final class ApiHeaders {

    /** A client-chosen key that makes a write safe to retry: the retry gets the first answer. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** What an {@link #IDEMPOTENCY_KEY} may be: a UUID fits, as do most clients' own request ids. */
    public static final String IDEMPOTENCY_KEY_PATTERN = "^[A-Za-z0-9._:-]{8,128}$";

    /** What a client is told when its key does not fit {@link #IDEMPOTENCY_KEY_PATTERN}. */
    public static final String IDEMPOTENCY_KEY_RULE = "must be 8 to 128 letters, digits or ._:-";

    /** Set on a replayed answer, so a client can tell a retry from a first write. */
    public static final String IDEMPOTENT_REPLAY = "Idempotent-Replayed";

    private ApiHeaders() {
    }
}
