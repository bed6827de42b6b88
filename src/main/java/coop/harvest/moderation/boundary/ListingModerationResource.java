package coop.harvest.moderation.boundary;

import coop.harvest.platform.Actions;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The bureau's decisions on supply listings (staff). */
@Path("moderation/listings/{id}")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in")
@APIResponse(responseCode = "403", description = "Not staff")
@APIResponse(responseCode = "404", description = "No such listing")
public class ListingModerationResource {

    @Inject
    Moderation moderation;

    @PathParam("id")
    String id;

    @POST
    @Path("approve")
    @Operation(operationId = "approveListing", summary = "Approve a listing awaiting review; matching runs (staff)")
    @APIResponse(responseCode = "200", description = "The listing, now ACTIVE")
    @APIResponse(responseCode = "409", description = "The listing is not awaiting review")
    public ModeratedListing approve() {
        return Actions.onId(id, moderation::approveListing);
    }

    @POST
    @Path("reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectListing", summary = "Reject a listing awaiting review, with a reason (staff)")
    @APIResponse(responseCode = "200", description = "The listing, now REJECTED with the reason")
    @APIResponse(responseCode = "409", description = "The listing is not awaiting review")
    @APIResponse(responseCode = "422", description = "No reason given")
    public ModeratedListing reject(ReasonBody body) {
        return Actions.onId(id, listingId -> moderation.rejectListing(listingId, body));
    }

    @POST
    @Path("suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "suspendListing", summary = "Suspend a listing on the market, with a reason (staff)")
    @APIResponse(responseCode = "200", description = "The listing, now SUSPENDED")
    @APIResponse(responseCode = "409", description = "The listing is not ACTIVE or SOLD_OUT")
    @APIResponse(responseCode = "422", description = "No reason given")
    public ModeratedListing suspend(ReasonBody body) {
        return Actions.onId(id, listingId -> moderation.suspendListing(listingId, body));
    }

    @POST
    @Path("reinstate")
    @Operation(operationId = "reinstateListing", summary = "Reinstate a suspended listing; matching runs (staff)")
    @APIResponse(responseCode = "200", description = "The listing, ACTIVE again")
    @APIResponse(responseCode = "409", description = "The listing is not suspended")
    public ModeratedListing reinstate() {
        return Actions.onId(id, moderation::reinstateListing);
    }
}
