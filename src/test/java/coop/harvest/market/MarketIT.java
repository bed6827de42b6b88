package coop.harvest.market;

import static coop.harvest.market.MarketServer.at;
import static coop.harvest.market.MarketServer.insertDemand;
import static coop.harvest.market.MarketServer.insertListing;
import static coop.harvest.market.MarketServer.insertOrder;
import static coop.harvest.market.MarketServer.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Fixtures;
import coop.harvest.it.Fixtures.TestAccount;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Market figures over HTTP for orders inserted with JDBC: exact daily prices (volume-weighted, by market day),
 * the summary's book and volumes, county filtering, the statistics, and the rules for bad parameters.
 */
class MarketIT {

    private final MarketServer server = MarketServer.get();
    private final ApiClient anonymous = server.api();

    /** A product of its own per test, so the exact numbers are this test's alone. */
    private String newProduct(String nameZh) {
        String code = Fixtures.unique("p").toLowerCase().replaceAll("[^a-z0-9-]", "");
        ApiClient.Response created = Fixtures.staff(anonymous).api().post("/api/products", Json.createObjectBuilder()
                .add("code", code).add("nameZh", nameZh).add("nameEn", "Test " + code).add("unit", "kg").build());
        assertEquals(201, created.status(), created::toString);
        String location = java.net.URI.create(created.header("Location")).getPath();
        assertEquals(code, anonymous.get(location).object().getString("code"), "the Location answers");
        return code;
    }

    private static JsonObject summaryOf(ApiClient.Response response, String product) {
        assertEquals(200, response.status(), response::toString);
        Optional<JsonObject> row = response.array().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("product").equals(product)).findFirst();
        assertTrue(row.isPresent(), "the summary lists every product: " + product);
        return row.get();
    }

    private static BigDecimal decimal(JsonObject object, String field) {
        return object.getJsonNumber(field).bigDecimalValue();
    }

    /** Lists at this price, has the buyer order 10 from it and the cooperative confirm; the order id. */
    private long confirmedTrade(TestAccount coop, TestAccount buyer, String product, String price) {
        JsonObject listing = coop.api().post("/api/listings", Json.createObjectBuilder().add("product", product)
                .add("grade", "FIRST").add("certifications", Json.createArrayBuilder()).add("quantity", 100)
                .add("minOrderQuantity", 1).add("unitPrice", new BigDecimal(price)).add("county", "溆浦县")
                .add("availableFrom", today().toString()).add("availableUntil", today().plusDays(20).toString())
                .add("description", "integrity").build()).object();
        ApiClient.Response order = buyer.api().post("/api/orders", Json.createObjectBuilder()
                .add("listingId", listing.getJsonNumber("id").longValue()).add("quantity", 10).build());
        assertEquals(201, order.status(), order::toString);
        long id = order.object().getJsonNumber("id").longValue();
        ApiClient.Response confirmed = coop.api().post("/api/orders/" + id + "/confirm", "");
        assertEquals(200, confirmed.status(), confirmed::toString);
        return id;
    }

    private JsonObject todaysPrices(String product) {
        JsonArray days = anonymous.get("/api/market/prices?product=" + product + "&days=1").array();
        assertEquals(1, days.size(), days::toString);
        return days.getJsonObject(0);
    }

    @Test
    void selfDealtAndOutlierTradesStayOutOfThePricesWhileNormalTradesCount() {
        String product = newProduct("诚信猕猴桃");
        TestAccount staff = Fixtures.staff(anonymous);
        TestAccount coop = Fixtures.verifiedCooperative(anonymous);
        for (String price : List.of("10.00", "10.50", "11.00")) {
            confirmedTrade(coop, Fixtures.buyer(anonymous), product, price);
        }
        JsonObject before = todaysPrices(product);
        assertEquals(new BigDecimal("30.000"), decimal(before, "volume"));

        // an account the cooperative controls, found out and linked by staff: its trades are not market trades
        TestAccount puppet = Fixtures.buyer(anonymous);
        ApiClient.Response link = staff.api().post("/api/moderation/accounts/" + puppet.id() + "/links",
                Json.createObjectBuilder().add("otherAccountId", coop.id()).add("reason", "same farm office").build());
        assertEquals(201, link.status(), link::toString);
        long selfDealt = confirmedTrade(coop, puppet, product, "10.80");
        // a price that would paint the market: held back until staff look at it
        long outlier = confirmedTrade(coop, Fixtures.buyer(anonymous), product, "99999");

        JsonObject after = todaysPrices(product);
        assertEquals(new BigDecimal("30.000"), decimal(after, "volume"), "only the three market trades: " + after);
        assertEquals(new BigDecimal("11.00"), decimal(after, "high"), after::toString);
        assertEquals(new BigDecimal("10.50"), decimal(after, "averagePrice"), after::toString);

        JsonArray held = staff.api().get("/api/moderation/trades?status=HELD").object().getJsonArray("items");
        assertTrue(held.stream().anyMatch(t -> t.asJsonObject().getJsonNumber("orderId").longValue() == outlier
                && t.asJsonObject().getString("kind").equals("OUTLIER")), held::toString);
        JsonArray excluded = staff.api().get("/api/moderation/trades?status=EXCLUDED").object().getJsonArray("items");
        assertTrue(excluded.stream().anyMatch(t -> t.asJsonObject().getJsonNumber("orderId").longValue() == selfDealt
                && t.asJsonObject().getString("kind").equals("SELF_DEALT")), excluded::toString);
        assertTrue(coop.api().get("/api/moderation/trades").isProblem(403), "staff only");

        // staff decide: the outlier was real after all; one ordinary trade is excluded with a reason
        ApiClient.Response accepted = staff.api().post("/api/moderation/trades/" + outlier + "/accept", "");
        assertEquals("ACCEPTED", accepted.object().getString("status"), accepted::toString);
        assertEquals(new BigDecimal("99999.00"), decimal(todaysPrices(product), "high"));
        assertTrue(staff.api().post("/api/moderation/trades/" + outlier + "/exclude", Json.createObjectBuilder()
                .add("reason", " ").build()).isProblem(422), "a reason is required");
        ApiClient.Response excludedByStaff = staff.api().post("/api/moderation/trades/" + outlier + "/exclude",
                Json.createObjectBuilder().add("reason", "a typing error of the cooperative").build());
        assertEquals("EXCLUDED", excludedByStaff.object().getString("status"), excludedByStaff::toString);
        assertEquals(new BigDecimal("11.00"), decimal(todaysPrices(product), "high"));
        JsonObject audit = staff.api().get("/api/moderation/audit?action=TRADE_EXCLUDED&targetType=ORDER&targetId="
                + outlier).object();
        assertEquals(1, audit.getInt("total"), audit::toString);
    }

    @Test
    void pricesAreDailyVolumeWeightedAveragesOfConfirmedAndLaterOrders() throws Exception {
        String product = newProduct("测试猕猴桃");
        TestAccount coop = Fixtures.cooperative(anonymous);
        TestAccount buyer = Fixtures.buyer(anonymous);
        long listing = insertListing(coop.cooperativeId(), product, "溆浦县", "8.00", "100", "ACTIVE",
                today().plusDays(30));
        LocalDate twoDaysAgo = today().minusDays(2);
        Instant created = at(twoDaysAgo.minusDays(1), 9, 0);
        long c = coop.cooperativeId();
        long b = buyer.id();
        insertOrder(listing, b, c, product, "100", "8.00", "CONFIRMED", created, at(twoDaysAgo, 10, 0));
        insertOrder(listing, b, c, product, "300", "9.00", "COMPLETED", created, at(twoDaysAgo, 11, 0));
        insertOrder(listing, b, c, product, "50.5", "10.50", "SHIPPED", created, at(twoDaysAgo, 23, 59));
        // 00:30 in Shanghai is the previous day in UTC: it still belongs to this market day
        insertOrder(listing, b, c, product, "10", "7.00", "DISPUTED", created, at(twoDaysAgo, 0, 30));
        // yesterday: nothing that counts as a trade
        LocalDate yesterday = today().minusDays(1);
        insertOrder(listing, b, c, product, "20", "1.00", "PENDING_CONFIRMATION", at(yesterday, 8, 0), null);
        insertOrder(listing, b, c, product, "20", "1.00", "CANCELLED", at(yesterday, 8, 0), at(yesterday, 9, 0));
        insertOrder(listing, b, c, product, "20", "1.00", "DECLINED", at(yesterday, 8, 0), null);
        insertOrder(listing, b, c, product, "20", "1.00", "EXPIRED", at(yesterday, 8, 0), null);
        insertOrder(listing, b, c, product, "12.345", "7.77", "CONFIRMED", at(today(), 0, 1), at(today(), 0, 2));
        LocalDate longAgo = today().minusDays(40);
        insertOrder(listing, b, c, product, "5", "1.00", "COMPLETED", at(longAgo, 8, 0), at(longAgo, 9, 0));

        ApiClient.Response prices = anonymous.get("/api/market/prices?product=" + product + "&days=30");
        assertEquals(200, prices.status(), prices::toString);
        JsonArray days = prices.array();
        assertEquals(2, days.size(), "days without trades are absent: " + days);
        JsonObject first = days.getJsonObject(0);
        assertEquals(twoDaysAgo.toString(), first.getString("date"));
        // (100*8 + 300*9 + 50.5*10.5 + 10*7) / 460.5 = 4100.25 / 460.5 = 8.9039...
        assertEquals(new BigDecimal("8.90"), decimal(first, "averagePrice"));
        assertEquals(new BigDecimal("7.00"), decimal(first, "low"));
        assertEquals(new BigDecimal("10.50"), decimal(first, "high"));
        assertEquals(new BigDecimal("460.500"), decimal(first, "volume"));
        JsonObject last = days.getJsonObject(1);
        assertEquals(today().toString(), last.getString("date"));
        assertEquals(new BigDecimal("7.77"), decimal(last, "averagePrice"));
        assertEquals(new BigDecimal("12.345"), decimal(last, "volume"));

        assertEquals(3, anonymous.get("/api/market/prices?product=" + product + "&days=365").array().size());
        assertEquals(1, anonymous.get("/api/market/prices?product=" + product + "&days=1").array().size());
        assertEquals(2, anonymous.get("/api/market/prices?product=" + product).array().size(), "30 days by default");

        JsonObject summary = summaryOf(anonymous.get("/api/market/summary"), product);
        assertEquals(new BigDecimal("472.845"), decimal(summary, "volume30d"), "460.5 + 12.345, the same 30 days");
    }

    @Test
    void summaryShowsTheBestTradeableAskAndBidPerProductAndCounty() throws Exception {
        String product = newProduct("测试金银花");
        TestAccount xupu = Fixtures.cooperative(anonymous);
        TestAccount zhongfang = cooperativeIn("中方县");
        TestAccount buyer = Fixtures.buyer(anonymous);
        LocalDate until = today().plusDays(10);
        long inXupu = insertListing(xupu.cooperativeId(), product, "溆浦县", "12.00", "50", "ACTIVE", until);
        long inZhongfang = insertListing(zhongfang.cooperativeId(), product, "中方县", "11.50", "0.001", "ACTIVE",
                until);
        insertListing(xupu.cooperativeId(), product, "溆浦县", "5.00", "0", "ACTIVE", until);
        insertListing(xupu.cooperativeId(), product, "溆浦县", "4.00", "10", "PENDING_REVIEW", until);
        insertListing(xupu.cooperativeId(), product, "溆浦县", "4.50", "10", "SOLD_OUT", until);
        insertListing(xupu.cooperativeId(), product, "溆浦县", "3.00", "10", "ACTIVE", today().minusDays(1));
        insertDemand(buyer.id(), product, "溆浦县", "10.00", "OPEN");
        insertDemand(buyer.id(), product, "中方县", "10.80", "PARTIALLY_FILLED");
        insertDemand(buyer.id(), product, "溆浦县", "20.00", "FILLED");
        insertDemand(buyer.id(), product, "溆浦县", "30.00", "CANCELLED");
        Instant now = Instant.now();
        insertOrder(inXupu, buyer.id(), xupu.cooperativeId(), product, "7.5", "12.00", "CONFIRMED", now, now);
        insertOrder(inZhongfang, buyer.id(), zhongfang.cooperativeId(), product, "2.25", "11.50", "COMPLETED", now,
                now);

        JsonObject all = summaryOf(anonymous.get("/api/market/summary"), product);
        assertEquals(new BigDecimal("11.50"), decimal(all, "bestAsk"));
        assertEquals(new BigDecimal("10.80"), decimal(all, "bestBid"));
        assertEquals(2, all.getInt("activeListings"));
        assertEquals(2, all.getInt("openDemands"));
        assertEquals(new BigDecimal("9.750"), decimal(all, "volume30d"));
        assertEquals("测试金银花", all.getString("nameZh"));

        JsonObject xupuOnly = summaryOf(anonymous.get("/api/market/summary?county=xupu"), product);
        assertEquals(new BigDecimal("12.00"), decimal(xupuOnly, "bestAsk"));
        assertEquals(new BigDecimal("10.00"), decimal(xupuOnly, "bestBid"));
        assertEquals(1, xupuOnly.getInt("activeListings"));
        assertEquals(1, xupuOnly.getInt("openDemands"));
        assertEquals(new BigDecimal("7.500"), decimal(xupuOnly, "volume30d"));

        JsonObject elsewhere = summaryOf(anonymous.get("/api/market/summary?county=%E9%BA%BB%E9%98%B3%E5%8E%BF"),
                product);
        assertFalse(elsewhere.containsKey("bestAsk"), "no ask in 麻阳县: " + elsewhere);
        assertEquals(0, elsewhere.getInt("activeListings"));
        assertEquals(BigDecimal.ZERO, decimal(elsewhere, "volume30d").stripTrailingZeros());
    }

    @Test
    void statisticsCountCompletedOrdersAndThisMonthsVolume() throws Exception {
        String product = newProduct("测试大米");
        TestAccount coop = Fixtures.cooperative(anonymous);
        TestAccount buyer = Fixtures.buyer(anonymous);
        long listing = insertListing(coop.cooperativeId(), product, "溆浦县", "3.20", "100", "ACTIVE",
                today().plusDays(5));
        JsonObject before = stats();
        Instant now = Instant.now();
        insertOrder(listing, buyer.id(), coop.cooperativeId(), product, "250", "3.20", "COMPLETED", now, now);
        insertOrder(listing, buyer.id(), coop.cooperativeId(), product, "1", "3.20", "CANCELLED", now, now);
        JsonObject after = stats();

        assertEquals(before.getInt("ordersCompleted") + 1, after.getInt("ordersCompleted"));
        assertEquals(decimal(before, "volumeThisMonth").add(new BigDecimal("250")),
                decimal(after, "volumeThisMonth"));
        assertEquals(decimal(before, "turnoverThisMonth").add(new BigDecimal("800.00")),
                decimal(after, "turnoverThisMonth"));
        assertTrue(after.getInt("cooperatives") >= 1);
        assertTrue(after.getInt("activeListings") >= 1);
        List<String> fields = List.of("cooperatives", "verifiedCooperatives", "activeListings", "openDemands",
                "ordersCompleted", "volumeThisMonth");
        fields.forEach(f -> assertTrue(after.containsKey(f), f));
    }

    @Test
    void badParametersAreClearProblems() {
        assertProblem(anonymous.get("/api/market/prices"), 422, "product");
        assertProblem(anonymous.get("/api/market/prices?product=no-such-product"), 422, "product");
        assertProblem(anonymous.get("/api/market/prices?product=kiwi&days=0"), 422, "days");
        assertProblem(anonymous.get("/api/market/prices?product=kiwi&days=366"), 422, "days");
        assertProblem(anonymous.get("/api/market/prices?product=kiwi&days=many"), 400, "days");
        assertProblem(anonymous.get("/api/market/summary?county=atlantis"), 422, "county");
        assertEquals(200, anonymous.get("/api/market/prices?product=kiwi&days=365").status());
    }

    private static void assertProblem(ApiClient.Response response, int status, String field) {
        assertTrue(response.isProblem(status), response::toString);
        assertTrue(response.errorFields().contains(field), response::toString);
    }

    private JsonObject stats() {
        ApiClient.Response response = anonymous.get("/api/market/stats");
        assertEquals(200, response.status(), response::toString);
        return response.object();
    }

    private TestAccount cooperativeIn(String county) {
        String username = Fixtures.unique("coop");
        ApiClient.Response created = anonymous.post("/api/accounts",
                Fixtures.cooperativeRegistration(username, "测试合作社 " + username, county));
        assertEquals(201, created.status(), created::toString);
        String token = Fixtures.token(anonymous, username, Fixtures.PASSWORD);
        return new TestAccount(created.object().getJsonNumber("id").longValue(), username, token,
                created.object().getJsonNumber("cooperativeId").longValue(), anonymous.withToken(token));
    }
}
