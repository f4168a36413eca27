package org.arbiter.idempotency;

import org.arbiter.shared.ArbiterException;

/**
 * The key is already stored: the request was answered before, or another request with the same key is being
 * answered at this moment and got there first. The transaction rolls back; the caller looks up the first
 * answer in a new one.
 */
public class IdempotencyKeyTakenException extends ArbiterException {

    public IdempotencyKeyTakenException() {
        super("a request with this Idempotency-Key was already answered");
    }
}
