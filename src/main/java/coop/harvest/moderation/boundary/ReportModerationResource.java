package coop.harvest.moderation.boundary;

import coop.harvest.moderation.entity.ReportStatus;
import coop.harvest.platform.Actions;
import coop.harvest.platform.Page;
import coop.harvest.platform.QueryParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Reports as staff handle them. */
@Path("moderation/reports")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in")
@APIResponse(responseCode = "403", description = "Not staff")
public class ReportModerationResource {

    @Inject
    Reports reports;

    @GET
    @Operation(operationId = "listReports", summary = "Reports, newest first, optionally by status (staff)")
    @APIResponse(responseCode = "200", description = "A page of reports")
    @APIResponse(responseCode = "422", description = "Unknown status or page size out of range")
    public Page<ReportView> list(@QueryParam("status") String status, @QueryParam("page") String page,
                                 @QueryParam("size") String size) {
        return reports.list(QueryParams.enumValue("status", status, ReportStatus.class),
                QueryParams.page(page, size));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getReport", summary = "One report (staff)")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "404", description = "No such report")
    public ReportView report(@PathParam("id") String id) {
        return reports.report(QueryParams.id("id", id));
    }

    @POST
    @Path("{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resolveReport", summary = "Resolve an open report, with an optional note (staff)")
    @APIResponse(responseCode = "200", description = "The resolved report")
    @APIResponse(responseCode = "404", description = "No such report")
    @APIResponse(responseCode = "409", description = "Resolved already")
    public ReportView resolve(@PathParam("id") String id, ResolveBody body) {
        return Actions.onId(id, reportId -> reports.resolve(reportId, body));
    }
}
