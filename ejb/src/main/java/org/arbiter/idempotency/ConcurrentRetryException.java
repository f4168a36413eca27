package org.arbiter.idempotency;

import org.arbiter.shared.ArbiterException;

/**
 * Another request with the same key was being processed at the same moment and claimed it first. Its
 * transaction has committed by the time this is thrown, so looking again finds its answer.
 */
public class ConcurrentRetryException extends ArbiterException {

    public ConcurrentRetryException() {
        super("a request with this Idempotency-Key was processed concurrently");
    }
}
