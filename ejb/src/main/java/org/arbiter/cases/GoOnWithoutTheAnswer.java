package org.arbiter.cases;

import java.time.Instant;

import org.arbiter.api.vocabulary.NoticeKind;
import org.arbiter.deadlines.CaseDeadline;
import org.arbiter.deadlines.DueAction;
import org.arbiter.deadlines.SlaPolicy;
import org.arbiter.shared.Caller;

/**
 * A party did not answer the specialist's question in time: the clocks that waited for the answer run again
 * with the time they had left, and the party and the team working the case are told.
 */
final class GoOnWithoutTheAnswer implements ClockAction {

    @Override
    public void take(DisputeCase disputeCase, CaseDeadline clock, DueAction due, SlaPolicy sla, Instant now) {
        disputeCase.resumePausedClocks(sla, now);
        String party = disputeCase.partyOf(clock.getObligor()).getUserId();
        disputeCase.audit(Caller.system(), "INFORMATION_REQUEST_EXPIRED", disputeCase.getStatus(), disputeCase.getStatus(),
                party + " did not answer by " + clock.getDueAt(), now);
        disputeCase.notify(Recipient.user(party), NoticeKind.INFORMATION_REQUEST_EXPIRED,
                "The question on case " + disputeCase.getCaseNumber() + " was not answered in time; the case goes on without it");
        disputeCase.notify(disputeCase.workingTeam(), NoticeKind.INFORMATION_REQUEST_EXPIRED,
                "No answer on case " + disputeCase.getCaseNumber() + " by " + clock.getDueAt());
    }
}
