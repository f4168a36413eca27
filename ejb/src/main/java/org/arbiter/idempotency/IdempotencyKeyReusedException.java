package org.arbiter.idempotency;

import org.arbiter.shared.ArbiterException;

/** The key was used before for a different request: answered 422, nothing is written. */
public class IdempotencyKeyReusedException extends ArbiterException {

    public IdempotencyKeyReusedException() {
        super("this Idempotency-Key was used for a different request; use a new key for a new request");
    }
}
