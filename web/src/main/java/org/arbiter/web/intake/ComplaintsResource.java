package org.arbiter.web.intake;

import java.net.URI;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.arbiter.api.ApiHeaders;
import org.arbiter.api.intake.ComplaintsApi;
import org.arbiter.api.intake.FileComplaintRequest;
import org.arbiter.intake.FiledComplaint;
import org.arbiter.intake.IntakeService;
import org.arbiter.shared.Caller;

@Path(ComplaintsApi.PATH)
@RequestScoped
public class ComplaintsResource implements ComplaintsApi {

    @Inject
    Caller caller;

    @Inject
    IntakeService intake;

    @Override
    public Response fileComplaint(String idempotencyKey, FileComplaintRequest complaint) {
        FiledComplaint filed = intake.file(caller, idempotencyKey, complaint);
        Response.ResponseBuilder response = Response.created(URI.create("cases/" + filed.receipt().caseNumber()))
                .entity(filed.receipt());
        if (filed.replayed()) {
            response.header(ApiHeaders.IDEMPOTENT_REPLAY, "true");
        }
        return response.build();
    }
}
