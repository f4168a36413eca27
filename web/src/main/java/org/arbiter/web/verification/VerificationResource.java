package org.arbiter.web.verification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

import org.arbiter.api.verification.VerificationApi;
import org.arbiter.api.verification.VerificationReportView;
import org.arbiter.shared.Caller;
import org.arbiter.verification.VerificationService;
import org.arbiter.web.security.StaffOnly;

@Path(VerificationApi.PATH)
@StaffOnly
@RequestScoped
public class VerificationResource implements VerificationApi {

    @Inject
    Caller caller;

    @Inject
    VerificationService verification;

    @Override
    public VerificationReportView run(String caseNumber) {
        return verification.run(caller, caseNumber);
    }

    @Override
    public VerificationReportView report(String caseNumber) {
        return verification.report(caller, caseNumber);
    }
}
