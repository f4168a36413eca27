package org.arbiter.web.evidence;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

import org.arbiter.api.cases.CaseView;
import org.arbiter.api.evidence.StatementApi;
import org.arbiter.api.evidence.StatementRequest;
import org.arbiter.evidence.ResponseService;
import org.arbiter.shared.Caller;

@Path(StatementApi.PATH)
@RequestScoped
public class StatementResource implements StatementApi {

    @Inject
    Caller caller;

    @Inject
    ResponseService responses;

    @Override
    public CaseView respond(String caseNumber, StatementRequest statement) {
        return responses.respond(caller, caseNumber, statement.text());
    }
}
