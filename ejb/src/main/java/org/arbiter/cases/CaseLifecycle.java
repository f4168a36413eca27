package org.arbiter.cases;

import static org.arbiter.api.vocabulary.CaseStatus.APPEALED;
import static org.arbiter.api.vocabulary.CaseStatus.ARCHIVED;
import static org.arbiter.api.vocabulary.CaseStatus.AWAITING_RESPONSE;
import static org.arbiter.api.vocabulary.CaseStatus.CLASSIFIED;
import static org.arbiter.api.vocabulary.CaseStatus.CLOSED;
import static org.arbiter.api.vocabulary.CaseStatus.EXECUTION;
import static org.arbiter.api.vocabulary.CaseStatus.MEDIATION;
import static org.arbiter.api.vocabulary.CaseStatus.RULED;
import static org.arbiter.api.vocabulary.CaseStatus.RULING_PROPOSED;
import static org.arbiter.api.vocabulary.CaseStatus.RULING_REVIEW;
import static org.arbiter.api.vocabulary.CaseStatus.SETTLED;
import static org.arbiter.api.vocabulary.CaseStatus.SUBMITTED;
import static org.arbiter.api.vocabulary.CaseStatus.UNDER_REVIEW;
import static org.arbiter.api.vocabulary.CaseStatus.WITHDRAWN;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.arbiter.api.vocabulary.CaseStatus;

/**
 * The complaint path of DESIGN.md §2 as data: from each status, the statuses a case may move to. The
 * aggregate consults it before every move; who may make a move is decided by the aggregate's methods.
 */
public final class CaseLifecycle {

    private static final Map<CaseStatus, Set<CaseStatus>> NEXT = new EnumMap<>(CaseStatus.class);

    static {
        allow(SUBMITTED, CLASSIFIED);
        allow(CLASSIFIED, AWAITING_RESPONSE);
        allow(AWAITING_RESPONSE, UNDER_REVIEW);
        allow(UNDER_REVIEW, RULING_PROPOSED);
        // A draft goes to the four-eyes review when it needs one, straight to mediation when it does not,
        // and back to review when its author withdraws it.
        allow(RULING_PROPOSED, RULING_REVIEW, MEDIATION, UNDER_REVIEW);
        allow(RULING_REVIEW, MEDIATION, UNDER_REVIEW);
        allow(MEDIATION, SETTLED, RULED);
        allow(RULED, EXECUTION, APPEALED);
        // An appeal is heard by another specialist: back to review, or to mediation on the new basis.
        allow(APPEALED, UNDER_REVIEW, MEDIATION);
        allow(SETTLED, EXECUTION, CLOSED);
        allow(EXECUTION, CLOSED);
        allow(CLOSED, ARCHIVED);
        allow(WITHDRAWN, ARCHIVED);
        allow(ARCHIVED);
        // Any open case may be withdrawn by its complainant.
        for (CaseStatus status : CaseStatus.values()) {
            if (status.isOpen()) {
                NEXT.get(status).add(WITHDRAWN);
            }
        }
        NEXT.replaceAll((status, targets) -> Collections.unmodifiableSet(targets));
    }

    private CaseLifecycle() {
    }

    private static void allow(CaseStatus from, CaseStatus... to) {
        Set<CaseStatus> targets = EnumSet.noneOf(CaseStatus.class);
        Collections.addAll(targets, to);
        NEXT.put(from, targets);
    }

    public static boolean canMove(CaseStatus from, CaseStatus to) {
        return NEXT.get(from).contains(to);
    }

    public static Set<CaseStatus> nextStatuses(CaseStatus from) {
        return NEXT.get(from);
    }
}
