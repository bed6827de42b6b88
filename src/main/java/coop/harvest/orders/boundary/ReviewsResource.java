package coop.harvest.orders.boundary;

import coop.harvest.platform.Page;
import coop.harvest.platform.QueryParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A cooperative's reviews, public (its profile and rating are accounts' {@code /api/cooperatives/{id}}). */
@ApplicationScoped
@Path("cooperatives/{id}/reviews")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewsResource {

    @Inject
    Fulfilment fulfilment;

    @GET
    @Operation(operationId = "listCooperativeReviews", summary = "A cooperative's reviews with replies, newest first")
    @APIResponse(responseCode = "200", description = "A page of reviews")
    @APIResponse(responseCode = "400", description = "Malformed id or page")
    @APIResponse(responseCode = "404", description = "Unknown cooperative")
    @APIResponse(responseCode = "422", description = "Page size over 100")
    public Page<ReviewView> reviews(@PathParam("id") String id, @QueryParam("page") String page,
                                    @QueryParam("size") String size) {
        return fulfilment.reviews(QueryParams.id("id", id), QueryParams.page(page, size));
    }
}
