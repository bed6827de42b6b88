package coop.harvest.accounts.boundary;

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

/** Public cooperative profiles. */
@ApplicationScoped
@Path("cooperatives")
@Produces(MediaType.APPLICATION_JSON)
public class CooperativesResource {

    @Inject
    CooperativeDirectory directory;

    @GET
    @Operation(operationId = "listCooperatives", summary = "Cooperatives, filtered by county and verification")
    public Page<CooperativeView> list(@QueryParam("county") String county, @QueryParam("verified") String verified,
                                      @QueryParam("page") String page, @QueryParam("size") String size) {
        return directory.list(county, QueryParams.bool("verified", verified), QueryParams.page(page, size));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCooperative", summary = "One cooperative's public profile")
    public CooperativeView get(@PathParam("id") String id) {
        return directory.get(QueryParams.id("id", id));
    }
}
