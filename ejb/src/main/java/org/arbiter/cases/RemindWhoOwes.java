package org.arbiter.cases;

import java.time.Instant;

import org.arbiter.api.vocabulary.NoticeKind;
import org.arbiter.deadlines.CaseDeadline;
import org.arbiter.deadlines.DueAction;
import org.arbiter.deadlines.SlaPolicy;
import org.arbiter.shared.Caller;

/** Part of a window is used up (50%, 80% by default): tell whoever owes the step how long is left. */
final class RemindWhoOwes implements ClockAction {

    @Override
    public void take(DisputeCase disputeCase, CaseDeadline clock, DueAction due, SlaPolicy sla, Instant now) {
        String used = DisputeCase.percent(due.used());
        String detail = clock.getKind() + ": " + used + " of the time used, due " + clock.getDueAt();
        disputeCase.audit(Caller.system(), "REMINDER", disputeCase.getStatus(), disputeCase.getStatus(), detail, now);
        disputeCase.notify(disputeCase.owing(clock.getObligor()), NoticeKind.REMINDER, NoticeText.of("reminder",
                disputeCase.getCaseNumber().value(), used, clock.getKind(), clock.getDueAt()));
    }
}
