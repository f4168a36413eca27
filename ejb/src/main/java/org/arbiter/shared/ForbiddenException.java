package org.arbiter.shared;

/** The caller is known but their role may not do this. */
public class ForbiddenException extends ArbiterException {

    public ForbiddenException(String message) {
        super(message);
    }
}
