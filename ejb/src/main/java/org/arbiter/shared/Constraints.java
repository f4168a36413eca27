package org.arbiter.shared;

import java.util.Locale;
import java.util.function.Predicate;

import org.hibernate.exception.ConstraintViolationException;

/** Which database constraint a failed write ran into, for the writes that expect one race and only that one. */
public final class Constraints {

    private Constraints() {
    }

    /** Whether the failure, or one of its causes, is a violation of any constraint. */
    public static boolean violatedAny(Throwable failure) {
        return anyViolation(failure, violation -> true);
    }

    /** Whether the failure, or one of its causes, is a violation of the named constraint (any case). */
    public static boolean violated(Throwable failure, String constraint) {
        String wanted = constraint.toLowerCase(Locale.ROOT);
        return anyViolation(failure, violation -> violation.getConstraintName() != null
                && violation.getConstraintName().toLowerCase(Locale.ROOT).contains(wanted));
    }

    private static boolean anyViolation(Throwable failure, Predicate<ConstraintViolationException> matches) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && matches.test(violation)) {
                return true;
            }
        }
        return false;
    }
}
