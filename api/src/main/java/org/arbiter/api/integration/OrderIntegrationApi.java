package org.arbiter.api.integration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.arbiter.api.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The order port's built-in adapter: the marketplace pushes orders and parcel scans here. */
@Path(OrderIntegrationApi.PATH)
@Tag(name = "integration", description = "Order snapshots and logistics events pushed by the marketplace (PLATFORM)")
public interface OrderIntegrationApi {

    String PATH = "/integration/orders";

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store an order snapshot (201 when new, 200 when it replaces an earlier one)")
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(schema = @Schema(implementation = OrderSnapshotView.class)))
    @APIResponse(responseCode = "200", description = "Replaced the stored snapshot of this order",
            content = @Content(schema = @Schema(implementation = OrderSnapshotView.class)))
    @APIResponse(responseCode = "400", description = "Invalid snapshot",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The snapshot names other parties than the stored order",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    Response pushOrder(@Valid @NotNull OrderSnapshotRequest snapshot);

    @GET
    @Path("/{orderId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The stored snapshot of an order, with its logistics events")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OrderSnapshotView.class)))
    @APIResponse(responseCode = "404", description = "No such order",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    OrderSnapshotView getOrder(@PathParam("orderId") String orderId);

    @POST
    @Path("/{orderId}/logistics-events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a logistics event of a stored order")
    @APIResponse(responseCode = "201", description = "Recorded; the order's logistics now reflect it",
            content = @Content(schema = @Schema(implementation = OrderSnapshotView.class)))
    @APIResponse(responseCode = "200", description = "The same scan was recorded before (a retry): nothing changed",
            content = @Content(schema = @Schema(implementation = OrderSnapshotView.class)))
    @APIResponse(responseCode = "409", description = "A scan of that status at that time is recorded with other details",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such order",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    Response recordLogisticsEvent(@PathParam("orderId") String orderId, @Valid @NotNull LogisticsEventRequest event);
}
