package org.arbiter.shared;

import jakarta.ejb.ApplicationException;

/**
 * The base of every error the application reports to a caller on purpose. Rolls the transaction back and
 * reaches the web layer unwrapped, which turns it into a problem+json answer.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class ArbiterException extends RuntimeException {

    protected ArbiterException(String message) {
        super(message, null, false, false);
    }
}
