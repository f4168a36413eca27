package org.arbiter.api.problem;

/**
 * The stable problem types. Clients switch on {@link #uri()}; the titles are for people.
 */
public enum ProblemType {
    VALIDATION("validation", "The request is not valid"),
    MALFORMED_BODY("malformed-body", "The request body could not be read"),
    /** A request line or header the server or JAX-RS could not read (an undecodable path, a garbled Accept). */
    BAD_REQUEST("bad-request", "The request could not be read"),
    UNAUTHENTICATED("unauthenticated", "Sign-in required"),
    FORBIDDEN("forbidden", "Not allowed"),
    NOT_FOUND("not-found", "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", "Cannot produce the requested media type"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Media type not supported"),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large"),
    ILLEGAL_TRANSITION("illegal-transition", "Not possible in the case's current state"),
    DUPLICATE_COMPLAINT("duplicate-complaint", "A complaint about this is already open"),
    CONFLICT("conflict", "Conflicts with the current state"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "Idempotency key reused with a different request"),
    UNPROCESSABLE("unprocessable", "The request cannot be carried out"),
    UPSTREAM_BAD_ANSWER("upstream-bad-answer", "The marketplace gave an answer Arbiter cannot use"),
    UPSTREAM_UNAVAILABLE("upstream-unavailable", "The marketplace cannot be reached"),
    UPSTREAM_TIMEOUT("upstream-timeout", "The marketplace did not answer in time"),
    SERVER_BUSY("server-busy", "Too many requests of this kind are waiting; try again shortly"),
    INTERNAL("internal", "Internal error");

    private final String slug;
    private final String title;

    ProblemType(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    /** A relative URI reference, resolved against the server: {@code /problems/validation}. */
    public String uri() {
        return "/problems/" + slug;
    }

    public String title() {
        return title;
    }
}
