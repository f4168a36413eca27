package org.arbiter.api.verification;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.arbiter.api.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Evidence-chain verification: the checks of both sides' evidence against the order, payment and logistics. */
@Path(VerificationApi.PATH)
@Tag(name = "verification", description = "Evidence-chain verification")
public interface VerificationApi {

    String PATH = "/cases/{caseNumber}/verification";

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Run the checks (specialists); the new report replaces the previous one")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = VerificationReportView.class)))
    @APIResponse(responseCode = "409", description = "The case is not under review",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "The marketplace answered a fact's look-up with something unusable",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The marketplace cannot be reached (arbiter.integration.mode=http)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "504", description = "The marketplace did not answer in time",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    VerificationReportView run(@PathParam("caseNumber") String caseNumber);

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The latest report (staff)")
    VerificationReportView report(@PathParam("caseNumber") String caseNumber);
}
