package org.arbiter.cases;

import java.util.EnumMap;
import java.util.Map;

import org.arbiter.api.vocabulary.DeadlineKind;
import org.arbiter.deadlines.DeadlineAction;

/**
 * Which action each clock takes. Every clock reminds whoever owes the step on the way; what happens when it
 * runs out depends on its kind. A later stage that adds a clock adds its kind and its action here; the
 * engine does not change.
 */
final class ClockActions {

    private static final ClockAction REMIND = new RemindWhoOwes();
    private static final Map<DeadlineKind, ClockAction> ON_EXPIRY = new EnumMap<>(DeadlineKind.class);

    static {
        ClockAction escalate = new EscalateOneLevel();
        ON_EXPIRY.put(DeadlineKind.FIRST_RESPONSE, escalate);
        ON_EXPIRY.put(DeadlineKind.RESOLUTION, escalate);
        ON_EXPIRY.put(DeadlineKind.ESCALATION, escalate);
        ON_EXPIRY.put(DeadlineKind.RESPONDENT_EVIDENCE, new ProceedOnComplainantsEvidence());
        ON_EXPIRY.put(DeadlineKind.INFORMATION_REQUEST, new GoOnWithoutTheAnswer());
    }

    private ClockActions() {
    }

    static ClockAction forDue(DeadlineKind kind, DeadlineAction action) {
        if (action == DeadlineAction.REMIND) {
            return REMIND;
        }
        ClockAction onExpiry = ON_EXPIRY.get(kind);
        if (onExpiry == null) {
            throw new IllegalStateException("no action is defined for an expired " + kind + " clock");
        }
        return onExpiry;
    }
}
