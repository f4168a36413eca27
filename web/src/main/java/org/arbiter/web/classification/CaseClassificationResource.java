package org.arbiter.web.classification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

import org.arbiter.api.cases.CaseView;
import org.arbiter.api.classification.CaseClassificationApi;
import org.arbiter.api.classification.ClassificationCorrectionRequest;
import org.arbiter.classification.ClassificationService;
import org.arbiter.shared.Caller;
import org.arbiter.web.security.StaffOnly;

@Path(CaseClassificationApi.PATH)
@StaffOnly
@RequestScoped
public class CaseClassificationResource implements CaseClassificationApi {

    @Inject
    Caller caller;

    @Inject
    ClassificationService classification;

    @Override
    public CaseView correct(String caseNumber, ClassificationCorrectionRequest correction) {
        return classification.correct(caller, caseNumber, correction);
    }
}
