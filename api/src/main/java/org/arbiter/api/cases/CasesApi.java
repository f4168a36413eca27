package org.arbiter.api.cases;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** Cases: the work queue for staff, "my cases" for parties, and one case as the caller may see it. */
@Path(CasesApi.PATH)
@Tag(name = "cases", description = "The work queue and single cases")
public interface CasesApi {

    String PATH = "/cases";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The work queue (staff) or my cases (parties), nearest deadline first",
            description = "Keyset paging: follow nextCursor. Filters combine with AND; a filter given several "
                    + "times matches any of its values.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CasePage.class)))
    @APIResponse(responseCode = "400", description = "Unknown filter value or bad cursor",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    CasePage queue(
            @QueryParam("status") @Parameter(description = "CaseStatus values") List<String> status,
            @QueryParam("priority") @Parameter(description = "Priority values") List<String> priority,
            @QueryParam("category") @Parameter(description = "ComplaintType or ComplaintGroup values") List<String> category,
            @QueryParam("assignee") @Parameter(description = "a user id, 'me' or 'unassigned' (staff only)") String assignee,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @Parameter(description = "page size, 1 to the configured maximum") String limit);

    @GET
    @Path("/{caseNumber}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One case, as the caller may see it")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = "No case of yours with that number",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    CaseView get(@PathParam("caseNumber") String caseNumber);

    @GET
    @Path("/{caseNumber}/audit")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The case's audit trail (staff)")
    List<AuditEntryView> auditTrail(@PathParam("caseNumber") String caseNumber);

    @POST
    @Path("/{caseNumber}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The complainant withdraws the complaint; every clock stops and the respondent is told")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "The case is already done",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    CaseView withdraw(@PathParam("caseNumber") String caseNumber, @Valid @NotNull WithdrawalRequest withdrawal);

    @PUT
    @Path("/{caseNumber}/assignee")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign the case: a specialist takes an unassigned case, a supervisor assigns anyone")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "Already assigned, or the case is done",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    CaseView assign(@PathParam("caseNumber") String caseNumber, @Valid @NotNull AssignmentRequest assignment);
}
