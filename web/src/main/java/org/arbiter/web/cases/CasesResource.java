package org.arbiter.web.cases;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

import org.arbiter.api.cases.AssignmentRequest;
import org.arbiter.api.cases.AuditEntryView;
import org.arbiter.api.cases.CasePage;
import org.arbiter.api.cases.CaseView;
import org.arbiter.api.cases.CasesApi;
import org.arbiter.api.cases.WithdrawalRequest;
import org.arbiter.cases.CaseService;
import org.arbiter.cases.QueueQuery;
import org.arbiter.shared.Caller;
import org.arbiter.web.security.StaffOnly;

@Path(CasesApi.PATH)
@RequestScoped
public class CasesResource implements CasesApi {

    @Inject
    Caller caller;

    @Inject
    CaseService cases;

    @Override
    public CasePage queue(List<String> status, List<String> priority, List<String> category, String assignee,
                          String cursor, String limit) {
        return cases.queue(caller, new QueueQuery(status, priority, category, assignee, cursor, limit));
    }

    @Override
    public CaseView get(String caseNumber) {
        return cases.get(caller, caseNumber);
    }

    @Override
    public List<AuditEntryView> auditTrail(String caseNumber) {
        return cases.auditTrail(caller, caseNumber);
    }

    @Override
    public CaseView withdraw(String caseNumber, WithdrawalRequest withdrawal) {
        return cases.withdraw(caller, caseNumber, withdrawal.reason());
    }

    @Override
    @StaffOnly
    public CaseView assign(String caseNumber, AssignmentRequest assignment) {
        return cases.assign(caller, caseNumber, assignment.assignee(), assignment.reason());
    }
}
