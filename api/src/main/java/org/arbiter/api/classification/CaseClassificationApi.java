package org.arbiter.api.classification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
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

/** A specialist corrects a case's category or priority. */
@Path(CaseClassificationApi.PATH)
@Tag(name = "classification")
public interface CaseClassificationApi {

    String PATH = "/cases/{caseNumber}/classification";

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct category and/or priority with a reason; the deadlines are recomputed and the "
            + "correction is kept as training data")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "The case is past the stage where it can be reclassified",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    CaseView correct(@PathParam("caseNumber") String caseNumber,
                     @Valid @NotNull ClassificationCorrectionRequest correction);
}
