package org.arbiter.shared;

/** A request whose body is larger than the platform accepts (413). */
public class PayloadTooLargeException extends ArbiterException {

    public PayloadTooLargeException(String message) {
        super(message);
    }
}
