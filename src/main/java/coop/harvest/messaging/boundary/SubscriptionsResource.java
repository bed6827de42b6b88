package coop.harvest.messaging.boundary;

import coop.harvest.platform.Actions;
import coop.harvest.platform.Page;
import coop.harvest.platform.QueryParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The signed-in account's subscriptions to market information, by SMS or in the app. */
@ApplicationScoped
@Path("subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class SubscriptionsResource {

    @Inject
    Subscriptions subscriptions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "subscribe", summary = "Subscribe to daily prices, a price alert, new listings or "
            + "demands, or bureau posts")
    @APIResponse(responseCode = "201", description = "The new subscription")
    @APIResponse(responseCode = "400", description = "Malformed JSON or a field of the wrong type")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "422", description = "A rule is broken: SMS without a verified phone, a price "
            + "alert without product or threshold, an unknown product or county")
    public Response create(NewSubscription body) {
        SubscriptionView created = subscriptions.create(body);
        return Response.created(UriBuilder.fromPath("/api/subscriptions/{id}").build(created.id()))
                .entity(created).build();
    }

    @GET
    @Operation(operationId = "mySubscriptions", summary = "My subscriptions, newest first")
    @APIResponse(responseCode = "200", description = "A page of subscriptions")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public Page<SubscriptionView> mine(@QueryParam("page") String page, @QueryParam("size") String size) {
        return subscriptions.mine(QueryParams.page(page, size));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "unsubscribe", summary = "End one of my subscriptions")
    @APIResponse(responseCode = "204", description = "Ended")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such subscription of mine")
    public Response delete(@PathParam("id") String id) {
        Actions.onId(id, subscriptionId -> {
            subscriptions.delete(subscriptionId);
            return null;
        });
        return Response.noContent().build();
    }
}
