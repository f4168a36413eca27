package org.arbiter.shared;

/** The request clashes with what is stored (another party on an order, a stale update). */
public class ConflictException extends ArbiterException {

    public ConflictException(String message) {
        super(message);
    }
}
