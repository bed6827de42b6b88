package coop.harvest.moderation.boundary;

import coop.harvest.accounts.boundary.CooperativeView;
import coop.harvest.platform.QueryParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Moderation endpoints (staff). */
@Path("moderation")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ModerationResource {

    @Inject
    Moderation moderation;

    @POST
    @Path("cooperatives/{id}/verify")
    @Operation(operationId = "verifyCooperative", summary = "Verify a cooperative (staff)")
    @APIResponse(responseCode = "200", description = "The verified cooperative")
    @APIResponse(responseCode = "409", description = "Verified already")
    public CooperativeView verifyCooperative(@PathParam("id") String id) {
        return moderation.verifyCooperative(QueryParams.id("id", id));
    }
}
