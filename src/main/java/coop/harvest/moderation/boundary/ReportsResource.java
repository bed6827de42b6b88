package coop.harvest.moderation.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Any signed-in account reports a listing, a demand or an account to the bureau. */
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    @Inject
    Reports reports;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "fileReport", summary = "Report a listing, demand or account to the bureau")
    @APIResponse(responseCode = "201", description = "The new report")
    @APIResponse(responseCode = "200", description = "The caller's earlier report of the same target")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "422", description = "Unknown or own target, or no reason")
    public Response file(NewReport body) {
        Reports.Filed filed = reports.file(body);
        if (!filed.created()) {
            return Response.ok(filed.report()).build();
        }
        return Response.created(UriBuilder.fromPath("/api/moderation/reports/{id}").build(filed.report().id()))
                .entity(filed.report()).build();
    }
}
