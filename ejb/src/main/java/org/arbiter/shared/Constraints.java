package org.arbiter.shared;

import java.util.Locale;

import org.hibernate.exception.ConstraintViolationException;

/** Which database constraint a failed write ran into, for the writes that expect one race and only that one. */
public final class Constraints {

    private Constraints() {
    }

    /** Whether the failure, or one of its causes, is a violation of any constraint. */
    public static boolean violatedAny(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    /** Whether the failure, or one of its causes, is a violation of the named constraint (any case). */
    public static boolean violated(Throwable failure, String constraint) {
        String wanted = constraint.toLowerCase(Locale.ROOT);
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null
                    && violation.getConstraintName().toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        return false;
    }
}
