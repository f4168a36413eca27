package org.arbiter.cases;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arbiter.api.cases.CaseView;
import org.arbiter.deadlines.SlaPolicy;
import org.arbiter.shared.Caller;
import org.arbiter.shared.NotFoundException;

/**
 * Finds a case for a caller and shows it as the caller may see it. A case the caller may not see is "not
 * found", exactly like one that does not exist, so case numbers cannot be probed.
 */
@ApplicationScoped
public class CaseAccess {

    @Inject
    CaseRepository cases;

    @Inject
    CaseViewMapper views;

    @Inject
    SlaPolicy sla;

    @Inject
    Clock clock;

    public DisputeCase find(Caller caller, String caseNumber) {
        return CaseNumber.parse(caseNumber)
                .flatMap(cases::find)
                .filter(c -> c.isVisibleTo(caller))
                .orElseThrow(() -> notFound(caseNumber));
    }

    /** As {@link #find}, and locks the case until the transaction ends. */
    public DisputeCase forUpdate(Caller caller, String caseNumber) {
        return CaseNumber.parse(caseNumber)
                .flatMap(cases::findForUpdate)
                .filter(c -> c.isVisibleTo(caller))
                .orElseThrow(() -> notFound(caseNumber));
    }

    /**
     * As {@link #forUpdate}, for a step that changes the case (stored with {@link CaseRepository#update}): first the
     * clocks whose time is up take their default course, as the deadline engine would. A step after its deadline
     * is then judged as late — a statement after the respondent's window meets a case gone to review, an
     * assignment after the first-response time meets the escalation — even when the engine has not come round to
     * the clock yet (a backlog after an outage, a sweep that skipped the locked case). Reminders stay the engine's.
     */
    public DisputeCase forChange(Caller caller, String caseNumber) {
        DisputeCase disputeCase = forUpdate(caller, caseNumber);
        disputeCase.runOverdueClocks(clock.instant(), sla);
        return disputeCase;
    }

    /**
     * Staff see the reasons and guesses behind a case; parties (also a staff account that is a party to this case)
     * see the case and its messages.
     */
    public CaseView view(Caller caller, DisputeCase disputeCase) {
        return views.toView(disputeCase, cases.messages(disputeCase),
                disputeCase.standingOf(caller).isStaff() ? views.staffDetails(disputeCase) : null);
    }

    private static NotFoundException notFound(String caseNumber) {
        return new NotFoundException("you have no case " + caseNumber);
    }
}
