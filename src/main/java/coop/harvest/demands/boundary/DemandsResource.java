package coop.harvest.demands.boundary;

import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.platform.Actions;
import coop.harvest.platform.Idempotency;
import coop.harvest.platform.Page;
import coop.harvest.platform.QueryParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

/** Demand posts over HTTP; every rule lives in {@link Demands}. */
@ApplicationScoped
@Path("demands")
@Produces(MediaType.APPLICATION_JSON)
public class DemandsResource {

    @Inject
    Demands demands;

    @Inject
    Idempotency idempotency;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "listDemands", summary = "Demands the caller may see, newest first")
    @APIResponse(responseCode = "200", description = "A page of demands with the total")
    @APIResponse(responseCode = "400", description = "A query parameter of the wrong type")
    @APIResponse(responseCode = "401", description = "mine=true while not signed in")
    @APIResponse(responseCode = "422", description = "Unknown product or status")
    public Page<DemandView> list(@QueryParam("product") String product, @QueryParam("status") String status,
                                 @QueryParam("mine") String mine, @QueryParam("page") String page,
                                 @QueryParam("size") String size,
                                 @QueryParam("q") String q) {
        return demands.list(product == null || product.isBlank() ? null : product.strip(), q,
                QueryParams.enumValue("status", status, DemandStatus.class),
                Boolean.TRUE.equals(QueryParams.bool("mine", mine)), QueryParams.page(page, size));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "postDemand", summary = "Post a demand (buyer); it is matched at once")
    @APIResponse(responseCode = "201", description = "The new demand with the orders matching made")
    @APIResponse(responseCode = "400", description = "Malformed JSON or a field of the wrong type")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a buyer")
    @APIResponse(responseCode = "422", description = "A rule is broken (errors name the fields), or the "
            + "Idempotency-Key was used with another body")
    public Response post(NewDemand body, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        long accountId = currentUser.require().accountId();
        return idempotency.execute(accountId, idempotencyKey, "POST /api/demands", body, () -> {
            DemandView created = demands.post(body);
            return Response.created(UriBuilder.fromPath("/api/demands/{id}").build(created.id()))
                    .tag(Long.toString(created.version())).entity(created).build();
        });
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getDemand", summary = "One demand")
    @APIResponse(responseCode = "200", description = "The demand")
    @APIResponse(responseCode = "404", description = "No such demand, or not one the caller may see")
    public DemandView get(@PathParam("id") String id) {
        return demands.get(QueryParams.id("id", id));
    }

    @POST
    @Path("{id}/cancel")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "cancelDemand", summary = "Cancel one's own open demand (buyer)")
    @APIResponse(responseCode = "200", description = "The cancelled demand")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Another buyer's demand")
    @APIResponse(responseCode = "404", description = "No such demand")
    @APIResponse(responseCode = "409", description = "Not open any more")
    public DemandView cancel(@PathParam("id") String id) {
        return Actions.onId(id, demands::cancel);
    }
}
