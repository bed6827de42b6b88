package coop.harvest.market.boundary;

import coop.harvest.market.control.DailyPrice;
import coop.harvest.market.control.ProductSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Public market information: no sign-in needed. */
@ApplicationScoped
@Path("market")
@Produces(MediaType.APPLICATION_JSON)
public class MarketResource {

    @Inject
    Market market;

    @GET
    @Path("summary")
    @Operation(operationId = "getMarketSummary",
            summary = "Per product: best ask, best bid, open listings and demands, volume of the last 30 days")
    @APIResponse(responseCode = "200", description = "One entry per catalogue product")
    @APIResponse(responseCode = "422", description = "Unknown county")
    public List<ProductSummary> summary(@QueryParam("county") String county,
                                        @HeaderParam("Accept-Language") String language) {
        return market.summary(county, language);
    }

    @GET
    @Path("prices")
    @Operation(operationId = "getMarketPrices",
            summary = "Daily volume-weighted average, low, high and volume of one product's trades")
    @APIResponse(responseCode = "200", description = "Days with trades, oldest first")
    @APIResponse(responseCode = "400", description = "days is not a whole number")
    @APIResponse(responseCode = "422", description = "Missing or unknown product, or days outside 1..365")
    public List<DailyPrice> prices(@QueryParam("product") String product, @QueryParam("days") String days) {
        return market.prices(product, days);
    }

    @GET
    @Path("stats")
    @Operation(operationId = "getMarketStats",
            summary = "Public statistics: cooperatives, open posts, completed orders, this month's volume")
    @APIResponse(responseCode = "200", description = "The statistics")
    public MarketStats stats() {
        return market.stats();
    }
}
