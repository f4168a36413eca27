package org.arbiter.api.evidence;

import java.io.InputStream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.arbiter.api.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Evidence on a case. The file is the request body itself (any content type but a multipart form: the
 * server sniffs the type from the bytes), streamed to storage; what it is and its caption travel as query
 * parameters.
 */
@Path(EvidenceApi.PATH)
@Tag(name = "evidence")
public interface EvidenceApi {

    String PATH = "/cases/{caseNumber}/evidence";

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a piece of evidence (parties to the case and staff); the body is the file")
    @RequestBody(content = @Content(mediaType = "application/octet-stream",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = EvidenceView.class)))
    @APIResponse(responseCode = "413", description = "Over the per-file or the per-case limit",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not an accepted kind of file (sniffed from its bytes), or a "
            + "multipart form instead of the file itself",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    Response upload(@PathParam("caseNumber") String caseNumber,
                    @QueryParam("kind") @Parameter(description = "PHOTO, VIDEO, CHAT_LOG, LOGISTICS_TRACE, "
                            + "INSPECTION_REPORT, ORDER_SNAPSHOT or OTHER") String kind,
                    @QueryParam("caption") @Parameter(description = "1 to 500 characters") String caption,
                    @QueryParam("staffOnly") @Parameter(description = "staff only: true keeps it from the parties")
                    String staffOnly,
                    @HeaderParam("Content-Length") String contentLength,
                    @HeaderParam("Content-Type") String contentType,
                    InputStream content);

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The case's evidence the caller may see, oldest first")
    EvidenceList list(@PathParam("caseNumber") String caseNumber);

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One piece of evidence")
    EvidenceView get(@PathParam("caseNumber") String caseNumber, @PathParam("id") String id);

    @GET
    @Path("/{id}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The bytes, as an attachment; every read is a custody event")
    Response content(@PathParam("caseNumber") String caseNumber, @PathParam("id") String id);

    @HEAD
    @Path("/{id}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The headers GET would answer with, without the bytes; not a custody event, since nothing "
            + "is read")
    Response contentHeaders(@PathParam("caseNumber") String caseNumber, @PathParam("id") String id);

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The submitter takes a piece of evidence back, before review starts")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = EvidenceView.class)))
    @APIResponse(responseCode = "409", description = "Review has started, or it is already withdrawn",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    EvidenceView withdraw(@PathParam("caseNumber") String caseNumber, @PathParam("id") String id,
                          @Valid @NotNull EvidenceWithdrawalRequest request);

    @POST
    @Path("/{id}/annotations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A note on a piece of evidence: a party's is shown to both sides, staff's to staff only; "
            + "each is a custody event")
    @APIResponse(responseCode = "201",
            content = @Content(schema = @Schema(implementation = EvidenceAnnotationView.class)))
    Response annotate(@PathParam("caseNumber") String caseNumber, @PathParam("id") String id,
                      @Valid @NotNull EvidenceAnnotationRequest request);

    @GET
    @Path("/{id}/annotations")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The notes on a piece of evidence the caller may read")
    EvidenceAnnotationList annotations(@PathParam("caseNumber") String caseNumber, @PathParam("id") String id);

    @POST
    @Path("/{id}/mark")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A specialist marks the evidence verified, disputed or rejected, with the reason")
    EvidenceView mark(@PathParam("caseNumber") String caseNumber, @PathParam("id") String id,
                      @Valid @NotNull EvidenceMarkRequest request);
}
