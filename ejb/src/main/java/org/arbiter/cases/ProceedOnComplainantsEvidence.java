package org.arbiter.cases;

import java.time.Instant;

import org.arbiter.api.vocabulary.CaseStatus;
import org.arbiter.api.vocabulary.NoticeKind;
import org.arbiter.deadlines.CaseDeadline;
import org.arbiter.deadlines.DueAction;
import org.arbiter.deadlines.SlaPolicy;
import org.arbiter.shared.Caller;

/**
 * The default outcome of the respondent's window: without an answer the case goes to review on the
 * complainant's evidence, and both parties are told.
 */
final class ProceedOnComplainantsEvidence implements ClockAction {

    @Override
    public void take(DisputeCase disputeCase, CaseDeadline clock, DueAction due, SlaPolicy sla, Instant now) {
        if (disputeCase.getStatus() != CaseStatus.AWAITING_RESPONSE) {
            return;
        }
        String respondent = disputeCase.getRespondent().getUserId();
        disputeCase.moveTo(CaseStatus.UNDER_REVIEW, Caller.system(), "RESPONDENT_WINDOW_CLOSED",
                respondent + " did not answer by " + clock.getDueAt() + "; the case proceeds on the complainant's evidence", now);
        NoticeText message = NoticeText.of("respondent-window-closed", disputeCase.getCaseNumber().value());
        disputeCase.notify(Recipient.user(disputeCase.getComplainant().getUserId()), NoticeKind.RESPONDENT_WINDOW_CLOSED, message);
        disputeCase.notify(Recipient.user(respondent), NoticeKind.RESPONDENT_WINDOW_CLOSED, message);
    }
}
