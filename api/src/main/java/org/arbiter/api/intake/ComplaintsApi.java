package org.arbiter.api.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.arbiter.api.ApiHeaders;
import org.arbiter.api.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Intake: a buyer or a seller files a complaint about one of their orders. */
@Path(ComplaintsApi.PATH)
@Tag(name = "intake", description = "Filing complaints")
public interface ComplaintsApi {

    String PATH = "/complaints";

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "File a complaint",
            description = "The signed-in buyer or seller of the order is the complainant. A retry with the same "
                    + "Idempotency-Key returns the first answer; the same key with another body is 422. A second "
                    + "complaint of the same type about the same order while the first is open is 409.")
    @APIResponse(responseCode = "201", description = "Filed; Location names the case",
            content = @Content(schema = @Schema(implementation = AcknowledgementReceipt.class)))
    @APIResponse(responseCode = "400", description = "Invalid complaint",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No order of yours with that id",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already open as another case (see caseNumber)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with a different request",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "The marketplace answered the order look-up with something unusable",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Too many filings are waiting (server-busy: nothing was stored, "
            + "retry with the same Idempotency-Key after Retry-After seconds), or the marketplace cannot be reached "
            + "(upstream-unavailable, arbiter.integration.mode=http)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "504", description = "The marketplace did not answer in time",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    Response fileComplaint(
            @HeaderParam(ApiHeaders.IDEMPOTENCY_KEY)
            @Pattern(regexp = ApiHeaders.IDEMPOTENCY_KEY_PATTERN, message = ApiHeaders.IDEMPOTENCY_KEY_RULE)
            @Parameter(description = "Makes the request safe to retry, e.g. a UUID") String idempotencyKey,
            @Valid @NotNull FileComplaintRequest complaint);
}
