package coop.harvest.messaging.boundary;

import coop.harvest.messaging.entity.OutboxStatus;
import coop.harvest.platform.Page;
import coop.harvest.platform.QueryParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The SMS outbox for staff. */
@ApplicationScoped
@Path("admin/outbox")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class OutboxResource {

    @Inject
    Outbox outbox;

    @GET
    @Operation(operationId = "listOutbox", summary = "SMS outbox rows, newest first (staff)")
    @APIResponse(responseCode = "200", description = "A page of outbox rows")
    @APIResponse(responseCode = "400", description = "A query parameter of the wrong type")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not staff")
    @APIResponse(responseCode = "422", description = "Unknown status or a page size over 100")
    public Page<OutboxView> list(@QueryParam("status") String status, @QueryParam("page") String page,
                                 @QueryParam("size") String size) {
        return outbox.list(QueryParams.enumValue("status", status, OutboxStatus.class), QueryParams.page(page, size));
    }
}
