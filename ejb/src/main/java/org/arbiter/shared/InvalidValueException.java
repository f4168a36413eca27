package org.arbiter.shared;

/**
 * A value object refused its input. Carries no field name: the application service that knows which
 * field it parsed turns it into an {@link InvalidRequestException}.
 */
public class InvalidValueException extends IllegalArgumentException {

    public InvalidValueException(String message) {
        super(message);
    }
}
