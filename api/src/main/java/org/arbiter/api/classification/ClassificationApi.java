package org.arbiter.api.classification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Classify a text without filing it (staff). */
@Path(ClassificationApi.PATH)
@Tag(name = "classification", description = "Categories, priorities and their corrections")
public interface ClassificationApi {

    String PATH = "/classification";

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Classify a text: type, group, priority, confidence")
    ClassificationResult classify(@Valid @NotNull ClassifyTextRequest request);
}
