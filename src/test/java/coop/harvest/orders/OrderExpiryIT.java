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
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** On a server whose cooperatives must confirm within 3 seconds: unconfirmed orders expire and are re-matched. */
class OrderExpiryIT {

    private static HarvestServer server;

    @BeforeAll
    static void start() {
        Map<String, String> env = HarvestServer.defaultEnvironment(HarvestServer.newDataDir("expiry"));
        env.put("HARVEST_CONFIRM_WINDOW", "PT3S");
        env.put("HARVEST_CONFIRM_NIGHT", "none"); // seconds, day or night
        server = HarvestServer.start("expiry", env);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static JsonObject awaitStatus(TestAccount who, long order, String status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(40));
        while (true) {
            JsonObject current = get(who, "/api/orders/" + order);
            if (current.getString("status").equals(status) || Instant.now().isAfter(deadline)) {
                return current;
            }
            Thread.sleep(500);
        }
    }

    @Test
    void anUnconfirmedOrderExpiresGivesItsQuantityBackAndTheDemandIsMatchedElsewhere() throws Exception {
        ApiClient api = server.api();
        String product = Market.product(api);
        long cheap = listing(Fixtures.verifiedCooperative(api), product, "10.00", "50", "1");
        TestAccount buyer = Fixtures.buyer(api);
        JsonObject demand = demand(buyer, product, "20", "15.00", true);
        long first = demand.getJsonArray("orderIds").getJsonNumber(0).longValue();
        long other = listing(Fixtures.verifiedCooperative(api), product, "14.00", "50", "1");
        assertTrue(same("30", available(api, cheap)));

        JsonObject expired = awaitStatus(buyer, first, "EXPIRED");
        assertEquals("EXPIRED", expired.getString("status"), expired::toString);
        assertEquals("system", expired.getJsonArray("history").getJsonObject(1).getString("by"));
        assertTrue(same("50", available(api, cheap)), "the quantity is back");

        JsonObject rematched = get(buyer, "/api/demands/" + demand.getJsonNumber("id").longValue());
        assertEquals(2, rematched.getJsonArray("orderIds").size(), rematched::toString);
        long second = rematched.getJsonArray("orderIds").getJsonNumber(1).longValue() == first
                ? rematched.getJsonArray("orderIds").getJsonNumber(0).longValue()
                : rematched.getJsonArray("orderIds").getJsonNumber(1).longValue();
        assertEquals(other, get(buyer, "/api/orders/" + second).getJsonNumber("listingId").longValue(),
                "re-matched, never with the listing whose order expired");
        assertTrue(get(buyer, "/api/notifications").getJsonArray("items").stream()
                .anyMatch(n -> n.asJsonObject().getString("type").equals("ORDER_EXPIRED")));
        ApiClient.Response audit = Fixtures.staff(api).api().get("/api/moderation/audit?size=100");
        if (audit.status() != 404) {
            // the audit API comes with the moderation component; where it is present, the expiry is in it
            assertTrue(audit.body().contains("ORDER_EXPIRED"), audit::toString);
        }
    }
}
