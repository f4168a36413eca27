package org.arbiter.web.evidence;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

import org.arbiter.api.cases.CaseView;
import org.arbiter.api.evidence.AnswerRequest;
import org.arbiter.api.evidence.InformationRequestRequest;
import org.arbiter.api.evidence.InformationRequestsApi;
import org.arbiter.evidence.ResponseService;
import org.arbiter.shared.Caller;
import org.arbiter.web.security.StaffOnly;

@Path(InformationRequestsApi.PATH)
@RequestScoped
public class InformationRequestsResource implements InformationRequestsApi {

    @Inject
    Caller caller;

    @Inject
    ResponseService responses;

    @Override
    @StaffOnly
    public CaseView ask(String caseNumber, InformationRequestRequest request) {
        return responses.requestInformation(caller, caseNumber, request.from(), request.question());
    }

    @Override
    public CaseView answer(String caseNumber, AnswerRequest answer) {
        return responses.answer(caller, caseNumber, answer.text());
    }
}
