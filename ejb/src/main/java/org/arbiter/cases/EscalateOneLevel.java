package org.arbiter.cases;

import java.time.Instant;

import org.arbiter.api.vocabulary.NoticeKind;
import org.arbiter.deadlines.CaseDeadline;
import org.arbiter.deadlines.DueAction;
import org.arbiter.deadlines.SlaPolicy;
import org.arbiter.shared.Caller;

/**
 * The platform missed one of its own deadlines: the case goes up one level (L1 specialist, L2 business team,
 * L3 supervisor, DESIGN.md §3) with a new clock for that level. At the top the supervisors are told again.
 */
final class EscalateOneLevel implements ClockAction {

    @Override
    public void take(DisputeCase disputeCase, CaseDeadline missed, DueAction due, SlaPolicy sla, Instant now) {
        var status = disputeCase.getStatus();
        var caseNumber = disputeCase.getCaseNumber();
        disputeCase.audit(Caller.system(), "DEADLINE_MISSED", status, status, missed.getKind() + " was due " + missed.getDueAt(), now);
        int from = disputeCase.getEscalationLevel();
        if (!disputeCase.raiseEscalationLevel(sla, now)) {
            disputeCase.notify(disputeCase.workingTeam(), NoticeKind.DEADLINE_MISSED,
                    NoticeText.of("deadline-missed", caseNumber.value(), missed.getKind(), "L" + from));
            return;
        }
        int to = disputeCase.getEscalationLevel();
        Instant actBy = sla.escalationDue(to, now);
        disputeCase.audit(Caller.system(), "ESCALATED", status, status,
                "L" + from + " → L" + to + " after " + missed.getKind() + " was missed; to be resolved by " + actBy, now);
        disputeCase.notify(disputeCase.workingTeam(), NoticeKind.ESCALATED,
                NoticeText.of("escalated", caseNumber.value(), "L" + to, missed.getKind(), actBy));
    }
}
