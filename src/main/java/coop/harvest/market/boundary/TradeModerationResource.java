package coop.harvest.market.boundary;

import coop.harvest.platform.Actions;
import coop.harvest.platform.Page;
import coop.harvest.platform.ProblemException;
import coop.harvest.platform.QueryParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Staff review of trades kept out of the market figures (market integrity). */
@Path("moderation/trades")
@Produces(MediaType.APPLICATION_JSON)
public class TradeModerationResource {

    private static final Set<String> STATUSES = Set.of("HELD", "EXCLUDED", "ACCEPTED");

    @Inject
    TradeIntegrity integrity;

    @GET
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "listTradeReviews",
            summary = "Trades held back (outliers), excluded (self-dealt or by staff) or accepted (staff)")
    @APIResponse(responseCode = "200", description = "A page of trade reviews, newest first")
    public Page<TradeReviewView> list(@QueryParam("status") String status, @QueryParam("page") String page,
                                      @QueryParam("size") String size) {
        String wanted = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
        if (wanted != null && !STATUSES.contains(wanted)) {
            throw ProblemException.invalid("status", "must be one of HELD, EXCLUDED, ACCEPTED");
        }
        return integrity.reviews(wanted, QueryParams.page(page, size));
    }

    @POST
    @Path("{orderId}/accept")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "acceptTrade", summary = "Let a held-back trade count in the market figures (staff)")
    @APIResponse(responseCode = "200", description = "The trade review, now ACCEPTED")
    @APIResponse(responseCode = "404", description = "No trade under review with this order id")
    @APIResponse(responseCode = "409", description = "The order is not a trade")
    public TradeReviewView accept(@PathParam("orderId") String orderId) {
        return Actions.onId(orderId, id -> integrity.accept(id, null));
    }

    @POST
    @Path("{orderId}/exclude")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "excludeTrade", summary = "Keep a trade out of the market figures, with a reason (staff)")
    @APIResponse(responseCode = "200", description = "The trade review, now EXCLUDED")
    @APIResponse(responseCode = "404", description = "Unknown order")
    @APIResponse(responseCode = "409", description = "The order is not a trade")
    @APIResponse(responseCode = "422", description = "No reason given")
    public TradeReviewView exclude(@PathParam("orderId") String orderId, TradeDecisionBody body) {
        return Actions.onId(orderId, id -> integrity.exclude(id, body == null ? null : body.reason));
    }
}
