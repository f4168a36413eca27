package org.arbiter.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.arbiter.api.problem.FieldViolation;

/**
 * Collects field violations while an application service turns request fields into value objects, so
 * that one answer names every wrong field rather than the first one.
 */
public final class Fields {

    /** A wrong value is quoted back this far: enough to recognise it, not a megabyte echoed twice. */
    private static final int QUOTED_MAX = 40;

    private final List<FieldViolation> violations = new ArrayList<>();

    /** How a message quotes what the client sent: in full when short, cut after 40 characters when not. */
    public static String quoted(String value) {
        if (value == null) {
            return "nothing";
        }
        int length = value.codePointCount(0, value.length());
        return length <= QUOTED_MAX ? "'" + value + "'"
                : "'" + value.substring(0, value.offsetByCodePoints(0, QUOTED_MAX)) + "…' (" + length + " characters)";
    }

    /** Parses one field; a refused value is recorded against {@code field} and {@code null} returned. */
    public <T> T parse(String field, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (InvalidValueException e) {
            reject(field, e.getMessage());
            return null;
        }
    }

    public void reject(String field, String message) {
        violations.add(new FieldViolation(field, message));
    }

    public boolean hasViolations() {
        return !violations.isEmpty();
    }

    /** Throws when anything was rejected. */
    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }
}
