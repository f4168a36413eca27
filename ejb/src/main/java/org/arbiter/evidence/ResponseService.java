package org.arbiter.evidence;

import java.time.Clock;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.arbiter.api.cases.CaseView;
import org.arbiter.api.vocabulary.CaseParty;
import org.arbiter.cases.CaseAccess;
import org.arbiter.cases.CaseRepository;
import org.arbiter.cases.DisputeCase;
import org.arbiter.deadlines.SlaPolicy;
import org.arbiter.cases.SensitiveDataScreen;
import org.arbiter.idempotency.IdempotentWrite;
import org.arbiter.shared.Caller;

/**
 * What the parties write on a case: the respondent's statement, the answers to a specialist's questions.
 * Texts are screened like complaints: identity- and bank-card numbers never reach the database.
 */
@Stateless
public class ResponseService {

    @Inject
    CaseAccess access;

    @Inject
    CaseRepository cases;

    @Inject
    SlaPolicy sla;

    @Inject
    Clock clock;

    private final SensitiveDataScreen screen = new SensitiveDataScreen();

    @IdempotentWrite
    public CaseView respond(Caller caller, String caseNumber, String statement) {
        DisputeCase disputeCase = access.forChange(caller, caseNumber);
        Caller actor = disputeCase.standingOf(caller);
        disputeCase.respondWithStatement(actor, screened(statement), clock.instant());
        cases.update(disputeCase);
        return access.view(actor, disputeCase);
    }

    @IdempotentWrite
    public CaseView requestInformation(Caller caller, String caseNumber, CaseParty from, String question) {
        DisputeCase disputeCase = access.forChange(caller, caseNumber);
        Caller actor = disputeCase.standingOf(caller);
        disputeCase.requestInformation(actor, from.asObligor(), screened(question), sla, clock.instant());
        cases.update(disputeCase);
        return access.view(actor, disputeCase);
    }

    @IdempotentWrite
    public CaseView answer(Caller caller, String caseNumber, String answer) {
        DisputeCase disputeCase = access.forChange(caller, caseNumber);
        Caller actor = disputeCase.standingOf(caller);
        disputeCase.answerInformationRequest(actor, screened(answer), sla, clock.instant());
        cases.update(disputeCase);
        return access.view(actor, disputeCase);
    }

    private String screened(String text) {
        return screen.screen(text.strip()).screened();
    }
}
