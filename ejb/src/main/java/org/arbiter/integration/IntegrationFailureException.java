package org.arbiter.integration;

import java.util.Objects;

import org.arbiter.shared.ArbiterException;

/**
 * The marketplace could not give a fact the request needs: it did not answer in time, could not be reached, or
 * answered something Arbiter cannot use. Not the caller's fault and not a bug of Arbiter's: the API answers
 * 504, 503 or 502 (see {@link Failure}), never 500, and the transaction is rolled back.
 */
public class IntegrationFailureException extends ArbiterException {

    /** What went wrong, and the status the API answers with. */
    public enum Failure {
        /** No answer within the configured timeouts (connect or read): 504 Gateway Timeout. */
        TIMEOUT(504),
        /** Not reachable (connection refused, reset) or said it is unavailable (503): 503 Service Unavailable. */
        UNAVAILABLE(503),
        /** Answered with an error (5xx), an unexpected status (401, 400…), malformed or incomplete JSON: 502. */
        BAD_ANSWER(502);

        private final int status;

        Failure(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Failure failure;

    public IntegrationFailureException(Failure failure, String message) {
        super(message);
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    public Failure failure() {
        return failure;
    }
}
