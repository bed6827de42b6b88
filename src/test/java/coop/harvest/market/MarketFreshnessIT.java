package coop.harvest.market;

import static org.junit.jupiter.api.Assertions.assertEquals;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Fixtures;
import coop.harvest.it.Fixtures.TestAccount;
import coop.harvest.it.HarvestServer;
import coop.harvest.it.Trades;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The market's aggregates and public searches are cached (5 s by default), yet whoever trades sees the effect at
 * once: every write to listings, demands and orders on this instance invalidates the cached answers.
 */
class MarketFreshnessIT {

    private final ApiClient anonymous = new ApiClient(HarvestServer.shared().baseUrl());

    @Test
    void summaryAndStatisticsShowATradeTheMomentItIsMade() {
        String product = Trades.product(anonymous, "新鲜度测试", "Freshness test");
        TestAccount coop = Fixtures.verifiedCooperative(anonymous);
        TestAccount buyer = Fixtures.buyer(anonymous);
        JsonObject emptyBook = summary(product);
        assertEquals(0, emptyBook.getInt("activeListings"));
        JsonObject statsBefore = anonymous.get("/api/market/stats").object();
        assertEquals(0, anonymous.get("/api/listings?product=" + product).object().getInt("total"));

        long listing = Trades.id(Trades.listing(coop, product, "6.40", "80", "新鲜度测试"));
        assertEquals(1, anonymous.get("/api/listings?product=" + product).object().getInt("total"));
        JsonObject listed = summary(product);
        assertEquals(1, listed.getInt("activeListings"), listed::toString);
        assertEquals(0, new BigDecimal("6.40").compareTo(listed.getJsonNumber("bestAsk").bigDecimalValue()));

        long order = Trades.id(Trades.order(buyer, listing, "12.5"));
        Trades.act(coop, order, "confirm");
        JsonObject traded = summary(product);
        JsonObject found = anonymous.get("/api/listings?product=" + product).object().getJsonArray("items")
                .getJsonObject(0);
        assertEquals(0, new BigDecimal("67.5").compareTo(found.getJsonNumber("available").bigDecimalValue()),
                found::toString);
        assertEquals(0, new BigDecimal("12.5").compareTo(traded.getJsonNumber("volume30d").bigDecimalValue()),
                traded::toString);
        JsonObject statsAfter = anonymous.get("/api/market/stats").object();
        assertEquals(0, statsBefore.getJsonNumber("volumeThisMonth").bigDecimalValue().add(new BigDecimal("12.5"))
                .compareTo(statsAfter.getJsonNumber("volumeThisMonth").bigDecimalValue()), statsAfter::toString);
    }

    private JsonObject summary(String product) {
        ApiClient.Response response = anonymous.get("/api/market/summary");
        assertEquals(200, response.status(), response::toString);
        for (JsonValue row : response.array()) {
            if (row.asJsonObject().getString("product").equals(product)) {
                return row.asJsonObject();
            }
        }
        throw new AssertionError("no row for " + product + " in " + response);
    }
}
