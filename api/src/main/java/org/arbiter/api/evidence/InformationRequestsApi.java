package org.arbiter.api.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.arbiter.api.cases.CaseView;
import org.arbiter.api.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A specialist asks a party for more information; the platform's clocks pause until the answer. */
@Path(InformationRequestsApi.PATH)
@Tag(name = "evidence")
public interface InformationRequestsApi {

    String PATH = "/cases/{caseNumber}/information-requests";

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask a party for more information (staff); the case's own clocks pause")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "A question is already waiting, or the case is done",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    CaseView ask(@PathParam("caseNumber") String caseNumber, @Valid @NotNull InformationRequestRequest request);

    @POST
    @Path("/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The asked party answers; the paused clocks resume with the time they had left")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "No question is waiting",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    CaseView answer(@PathParam("caseNumber") String caseNumber, @Valid @NotNull AnswerRequest answer);
}
