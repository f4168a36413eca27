package org.arbiter.api.custody;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A case's chain of custody, and its export as a bundle anyone can verify offline. */
@Path(CustodyApi.PATH)
@Tag(name = "custody", description = "The chain of custody of a case's evidence")
public interface CustodyApi {

    String PATH = "/cases/{caseNumber}/custody";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The custody chain with each entry's inclusion proof in the global log")
    CustodyChainView chain(@PathParam("caseNumber") String caseNumber);

    @POST
    @Path("/export")
    @Produces("application/zip")
    @Operation(summary = "Export the case bundle (staff): the case, its evidence files, the chain, the proofs and "
            + "the signed tree head, in one ZIP; check it with the arbiter-verifier jar and the log's public key")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/zip",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary")))
    Response export(@PathParam("caseNumber") String caseNumber);
}
