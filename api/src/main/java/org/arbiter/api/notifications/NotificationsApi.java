package org.arbiter.api.notifications;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.arbiter.api.problem.Problem;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in user's inbox. */
@Path(NotificationsApi.PATH)
@Tag(name = "notifications", description = "Reminders, escalations and what happened on your cases")
public interface NotificationsApi {

    String PATH = "/notifications";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "My notifications and my teams', newest first")
    NotificationPage inbox(@QueryParam("cursor") String cursor,
                           @QueryParam("limit") @Parameter(description = "1 to 100, default 20") String limit,
                           @QueryParam("unread") @Parameter(description = "true for unread ones only") String unread,
                           @QueryParam("case") @Parameter(description = "only those about this case") String caseNumber);

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark a notification read")
    @APIResponse(responseCode = "204", description = "Read (also when it was read before)")
    @APIResponse(responseCode = "404", description = "You have no such notification",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    void markRead(@PathParam("id") String id);
}
