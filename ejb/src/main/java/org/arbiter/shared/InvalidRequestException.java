package org.arbiter.shared;

import java.util.List;

import org.arbiter.api.problem.FieldViolation;

/** The request broke a rule about its own content: each violation names the field. */
public class InvalidRequestException extends ArbiterException {

    private final List<FieldViolation> violations;

    public InvalidRequestException(List<FieldViolation> violations) {
        super(violations.isEmpty() ? "invalid request" : describe(violations));
        this.violations = List.copyOf(violations);
    }

    public InvalidRequestException(String field, String message) {
        this(List.of(new FieldViolation(field, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    private static String describe(List<FieldViolation> violations) {
        StringBuilder text = new StringBuilder();
        for (FieldViolation v : violations) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(v.field()).append(' ').append(v.message());
        }
        return text.toString();
    }
}
