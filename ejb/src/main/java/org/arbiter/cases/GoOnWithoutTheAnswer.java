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
                NoticeText.of("information-request-expired", disputeCase.getCaseNumber().value()));
        disputeCase.notify(disputeCase.workingTeam(), NoticeKind.INFORMATION_REQUEST_EXPIRED,
                NoticeText.of("information-request-expired.team", disputeCase.getCaseNumber().value(), party,
                        clock.getDueAt()));
    }
}
