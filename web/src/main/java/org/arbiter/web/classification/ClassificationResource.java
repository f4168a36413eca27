package org.arbiter.web.classification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

import org.arbiter.api.classification.ClassificationApi;
import org.arbiter.api.classification.ClassificationResult;
import org.arbiter.api.classification.ClassifyTextRequest;
import org.arbiter.classification.ClassificationService;
import org.arbiter.shared.Caller;
import org.arbiter.web.security.StaffOnly;

@Path(ClassificationApi.PATH)
@StaffOnly
@RequestScoped
public class ClassificationResource implements ClassificationApi {

    @Inject
    Caller caller;

    @Inject
    ClassificationService classification;

    @Override
    public ClassificationResult classify(ClassifyTextRequest request) {
        return classification.classify(caller, request.text(), request.language());
    }
}
