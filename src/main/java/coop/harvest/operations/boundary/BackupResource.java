package coop.harvest.operations.boundary;

import coop.harvest.platform.Page;
import coop.harvest.platform.QueryParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Operations for the bureau's administrators. */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class BackupResource {

    @Inject
    Backups backups;

    @POST
    @Path("backup")
    @Operation(operationId = "backUpDatabase", summary = "Take an online backup of the embedded database (staff)")
    @APIResponse(responseCode = "202", description = "The backup's folder and when it started")
    @APIResponse(responseCode = "409", description = "The database is a server, not the embedded Derby: "
            + "back it up with the server's tools")
    @APIResponse(responseCode = "503", description = "The backup could not be written")
    public Response backUp() {
        return Response.accepted(backups.backUp()).build();
    }

    @GET
    @Path("backups")
    @Operation(operationId = "listBackups", summary = "Backups taken, newest first (staff)")
    @APIResponse(responseCode = "200", description = "A page of backups")
    public Page<BackupView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return backups.list(QueryParams.page(page, size));
    }
}
