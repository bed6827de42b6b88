package coop.harvest.orders;

import static coop.harvest.orders.Market.available;
import static coop.harvest.orders.Market.demand;
import static coop.harvest.orders.Market.get;
import static coop.harvest.orders.Market.listing;
import static coop.harvest.orders.Market.same;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Fixtures;
import coop.harvest.it.Fixtures.TestAccount;
import coop.harvest.it.HarvestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The normative matching rules end to end: demands and listings posted over HTTP, orders read back. */
class MatchingIT {

    private final ApiClient api = HarvestServer.shared().api();

    /** listingId → quantity of the buyer's orders for this demand. */
    private Map<Long, String> fills(TestAccount buyer, JsonObject demand) {
        long demandId = demand.getJsonNumber("id").longValue();
        return get(buyer, "/api/orders?size=100").getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(o -> o.containsKey("demandId") && o.getJsonNumber("demandId").longValue() == demandId)
                .filter(o -> o.getString("status").equals("PENDING_CONFIRMATION"))
                .collect(Collectors.toMap(o -> o.getJsonNumber("listingId").longValue(),
                        o -> o.getJsonNumber("quantity").bigDecimalValue().stripTrailingZeros().toPlainString()));
    }

    private JsonObject reread(TestAccount buyer, JsonObject demand) {
        return get(buyer, "/api/demands/" + demand.getJsonNumber("id").longValue());
    }

    @Test
    void aNewDemandTakesTheCheapestListingsFirstAtTheirOwnPrices() {
        String product = Market.product(api);
        TestAccount coop = Fixtures.verifiedCooperative(api);
        long dear = listing(coop, product, "19.00", "500", "1");
        long cheap = listing(coop, product, "15.00", "30", "1");
        long middle = listing(coop, product, "17.00", "40", "1");
        long tooDear = listing(coop, product, "21.00", "500", "1");
        TestAccount buyer = Fixtures.buyer(api);

        JsonObject demand = demand(buyer, product, "100", "20.00", true);
        assertEquals("FILLED", demand.getString("status"), demand::toString);
        assertTrue(same("100", demand.getJsonNumber("filledQuantity").bigDecimalValue()));
        assertEquals(3, demand.getJsonArray("orderIds").size());
        assertEquals(Map.of(cheap, "30", middle, "40", dear, "30"), fills(buyer, demand));
        assertTrue(same("500", available(api, tooDear)), "above the buyer's maximum");
        assertEquals("SOLD_OUT", api.get("/api/listings/" + cheap).object().getString("status"));
        List<String> prices = get(buyer, "/api/orders?size=100").getJsonArray("items").stream()
                .map(o -> o.asJsonObject().getJsonNumber("unitPrice").bigDecimalValue().toPlainString()).sorted()
                .toList();
        assertEquals(List.of("15.00", "17.00", "19.00"), prices, "each order at its listing's price, never the cap");
    }

    /**
     * Matching reads the cheapest offers first and more only when they do not cover the demand: offers that cannot
     * serve it (their minimum order is above what it needs) never hide the compatible ones behind them.
     */
    @Test
    void offersPastTheFirstFewCheapestAreReadWhenTheseCannotServe() {
        String product = Market.product(api);
        TestAccount coop = Fixtures.verifiedCooperative(api);
        List<Long> bigMinimum = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            bigMinimum.add(listing(coop, product, "5." + (10 + i), "500", "200"));
        }
        long first = listing(coop, product, "6.00", "10", "1");
        long second = listing(coop, product, "6.01", "10", "1");
        long third = listing(coop, product, "6.02", "10", "1");
        long last = listing(coop, product, "6.50", "100", "1");
        TestAccount buyer = Fixtures.buyer(api);

        JsonObject demand = demand(buyer, product, "35", "7.00", true);
        assertEquals("FILLED", demand.getString("status"), demand::toString);
        assertEquals(Map.of(first, "10", second, "10", third, "10", last, "5"), fills(buyer, demand));
        for (long skipped : bigMinimum) {
            assertTrue(same("500", available(api, skipped)), "a fill below its minimum order is skipped");
        }
    }

    @Test
    void theOlderListingGoesFirstAtEqualPriceAndSmallFillsBelowTheMinimumAreSkipped() {
        String product = Market.product(api);
        TestAccount coop = Fixtures.verifiedCooperative(api);
        long older = listing(coop, product, "10.00", "95", "1");
        long newer = listing(coop, product, "10.00", "100", "1");
        long bigMinimum = listing(coop, product, "9.00", "300", "200");
        TestAccount buyer = Fixtures.buyer(api);

        JsonObject demand = demand(buyer, product, "100", "10.00", true);
        assertEquals(Map.of(older, "95", newer, "5"), fills(buyer, demand));
        assertTrue(same("300", available(api, bigMinimum)), "a fill below its minimum order is skipped");
    }

    @Test
    void anAllOrNoneDemandThatCannotBeCoveredTakesNothing() {
        String product = Market.product(api);
        TestAccount coop = Fixtures.verifiedCooperative(api);
        long a = listing(coop, product, "10.00", "30", "1");
        long b = listing(coop, product, "11.00", "40", "1");
        TestAccount buyer = Fixtures.buyer(api);

        JsonObject demand = demand(buyer, product, "100", "12.00", false);
        assertEquals("OPEN", demand.getString("status"));
        assertTrue(same("0", demand.getJsonNumber("filledQuantity").bigDecimalValue()));
        assertTrue(same("30", available(api, a)) && same("40", available(api, b)), "nothing reserved");

        long c = listing(Fixtures.verifiedCooperative(api), product, "11.50", "40", "1");
        JsonObject filled = reread(buyer, demand);
        assertEquals("FILLED", filled.getString("status"), "a new listing makes the walk cover it: " + filled);
        assertEquals(Map.of(a, "30", b, "40", c, "30"), fills(buyer, demand));
    }

    @Test
    void aDemandThatCrossesNothingStaysOpen() {
        String product = Market.product(api);
        listing(Fixtures.verifiedCooperative(api), product, "30.00", "100", "1");
        JsonObject demand = demand(Fixtures.buyer(api), product, "10", "29.99", true);
        assertEquals("OPEN", demand.getString("status"));
        assertEquals(0, demand.getJsonArray("orderIds").size());
    }

    @Test
    void aNewListingServesTheHighestBidFirstThenTheOlder() {
        String product = Market.product(api);
        TestAccount low = Fixtures.buyer(api);
        TestAccount firstHigh = Fixtures.buyer(api);
        TestAccount secondHigh = Fixtures.buyer(api);
        JsonObject lowBid = demand(low, product, "50", "11.00", true);
        JsonObject older = demand(firstHigh, product, "50", "14.00", true);
        JsonObject newer = demand(secondHigh, product, "50", "14.00", true);

        long listingId = listing(Fixtures.verifiedCooperative(api), product, "10.00", "80", "1");
        assertEquals("FILLED", reread(firstHigh, older).getString("status"));
        assertEquals("PARTIALLY_FILLED", reread(secondHigh, newer).getString("status"));
        assertTrue(same("30", reread(secondHigh, newer).getJsonNumber("filledQuantity").bigDecimalValue()));
        assertEquals("OPEN", reread(low, lowBid).getString("status"));
        assertEquals("SOLD_OUT", api.get("/api/listings/" + listingId).object().getString("status"));
    }

    @Test
    void aDeclinedMatchIsFilledElsewhereAndNeverAgainFromTheSameListing() {
        String product = Market.product(api);
        TestAccount cheapCoop = Fixtures.verifiedCooperative(api);
        long cheap = listing(cheapCoop, product, "10.00", "100", "1");
        TestAccount buyer = Fixtures.buyer(api);
        JsonObject demand = demand(buyer, product, "40", "13.00", true);
        long order = demand.getJsonArray("orderIds").getJsonNumber(0).longValue();
        assertEquals(Map.of(cheap, "40"), fills(buyer, demand));

        long other = listing(Fixtures.verifiedCooperative(api), product, "12.00", "100", "1");
        ApiClient.Response declined = cheapCoop.api().post("/api/orders/" + order + "/decline",
                Json.createObjectBuilder().add("reason", "quality check failed").build());
        assertEquals(200, declined.status(), declined::toString);

        assertEquals(Map.of(other, "40"), fills(buyer, demand), "re-matched with the other listing only");
        assertEquals("FILLED", reread(buyer, demand).getString("status"));
        assertTrue(same("100", available(api, cheap)), "the declined quantity is back on the cheap listing");
    }
}
