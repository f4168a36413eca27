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

/** The respondent answers the complaint. */
@Path(StatementApi.PATH)
@Tag(name = "evidence", description = "Statements, questions and answers")
public interface StatementApi {

    String PATH = "/cases/{caseNumber}/statement";

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The respondent's statement: meets the respondent's window and sends the case to review")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "The case is not awaiting the response",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    CaseView respond(@PathParam("caseNumber") String caseNumber, @Valid @NotNull StatementRequest statement);
}
