package coop.harvest.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Fixtures;
import coop.harvest.it.Fixtures.TestAccount;
import coop.harvest.it.HarvestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * API.md "Orders → Fulfilment" and the catalogue's aliases, status code by status code: delivery address and note,
 * the counterparty from confirmation on, shipment, payment, reviews with replies and the cooperative's rating, and
 * the {@code q} search that finds a product by an everyday name.
 */
class FulfilmentIT {

    private final ApiClient api = HarvestServer.shared().api();

    private static JsonObject order(TestAccount buyer, long listingId, String quantity, String address, String note) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("listingId", listingId)
                .add("quantity", new BigDecimal(quantity));
        if (address != null) {
            body.add("deliveryAddress", address);
        }
        if (note != null) {
            body.add("note", note);
        }
        ApiClient.Response created = buyer.api().post("/api/orders", body.build());
        assertEquals(201, created.status(), created::toString);
        return created.object();
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static ApiClient.Response post(TestAccount who, long order, String action, String body) {
        return who.api().post("/api/orders/" + order + "/" + action, body);
    }

    private static JsonObject ok(ApiClient.Response response) {
        assertEquals(200, response.status(), response::toString);
        return response.object();
    }

    @Test
    void addressAndNoteComeFromTheOrderTheDemandOrTheBuyersDefault() {
        String product = Market.product(api);
        TestAccount coop = Fixtures.verifiedCooperative(api);
        long listing = Market.listing(coop, product, "10.00", "500", "1");
        TestAccount buyer = Fixtures.buyer(api);

        assertTrue(buyer.api().put("/api/me", Json.createObjectBuilder().add("deliveryAddress", "x".repeat(301))
                .build()).isProblem(422));
        assertEquals(401, api.put("/api/me", Json.createObjectBuilder().add("deliveryAddress", "a").build()).status());
        JsonObject me = ok(buyer.api().put("/api/me", Json.createObjectBuilder()
                .add("deliveryAddress", "怀化市鹤城区迎丰中路 1 号 五溪批发市场 3 号库").build()));
        assertEquals("怀化市鹤城区迎丰中路 1 号 五溪批发市场 3 号库", me.getString("deliveryAddress"));
        assertEquals("怀化市鹤城区迎丰中路 1 号 五溪批发市场 3 号库",
                ok(buyer.api().get("/api/me")).getString("deliveryAddress"));

        JsonObject byDefault = order(buyer, listing, "2", null, null);
        assertEquals("怀化市鹤城区迎丰中路 1 号 五溪批发市场 3 号库", byDefault.getString("deliveryAddress"));
        assertFalse(byDefault.containsKey("note"), byDefault::toString);
        JsonObject given = order(buyer, listing, "2", "溆浦县卢峰镇 8 号", "请周五前送到");
        assertEquals("溆浦县卢峰镇 8 号", given.getString("deliveryAddress"));
        assertEquals("请周五前送到", ok(buyer.api().get("/api/orders/" + id(given))).getString("note"));
        assertEquals("请周五前送到", ok(coop.api().get("/api/orders/" + id(given))).getString("note"));

        JsonObject tooLong = Json.createObjectBuilder().add("listingId", listing).add("quantity", 2)
                .add("deliveryAddress", "x".repeat(301)).add("note", "y".repeat(501)).build();
        ApiClient.Response refused = buyer.api().post("/api/orders", tooLong);
        assertTrue(refused.isProblem(422), refused::toString);
        assertTrue(refused.errorFields().containsAll(List.of("deliveryAddress", "note")), refused::toString);

        JsonObject demand = Json.createObjectBuilder(Market.demandBody(product, "3", "12.00", true))
                .add("deliveryAddress", "中方县冷链仓 2 号").add("note", "分两箱装").build();
        ApiClient.Response posted = buyer.api().post("/api/demands", demand);
        assertEquals(201, posted.status(), posted::toString);
        long matched = posted.object().getJsonArray("orderIds").getJsonNumber(0).longValue();
        JsonObject fromDemand = ok(coop.api().get("/api/orders/" + matched));
        assertEquals("中方县冷链仓 2 号", fromDemand.getString("deliveryAddress"));
        assertEquals("分两箱装", fromDemand.getString("note"));
        ApiClient.Response longDemand = buyer.api().post("/api/demands", Json.createObjectBuilder(
                Market.demandBody(product, "3", "12.00", true)).add("note", "y".repeat(501)).build());
        assertTrue(longDemand.isProblem(422), longDemand::toString);
    }

    @Test
    void theCounterpartyShowsFromConfirmationOnToThePartiesOnly() {
        String product = Market.product(api);
        TestAccount coop = Fixtures.verifiedCooperative(api);
        long listing = Market.listing(coop, product, "10.00", "500", "1");
        TestAccount buyer = Fixtures.buyer(api);
        long order = id(order(buyer, listing, "5", "地址", null));

        assertFalse(ok(buyer.api().get("/api/orders/" + order)).containsKey("counterparty"));
        assertFalse(ok(coop.api().get("/api/orders/" + order)).containsKey("counterparty"));
        JsonObject confirmed = ok(post(coop, order, "confirm", ""));
        JsonObject buyerSees = ok(buyer.api().get("/api/orders/" + order)).getJsonObject("counterparty");
        assertTrue(buyerSees.getString("name").startsWith("测试合作社"), buyerSees::toString);
        assertEquals(coop.username() + "@example.org", buyerSees.getString("email"));
        assertEquals("13800000000", buyerSees.getString("phone"));
        assertTrue(buyerSees.getString("contactName").endsWith("管理员"), buyerSees::toString);
        JsonObject coopSees = confirmed.getJsonObject("counterparty");
        assertTrue(coopSees.getString("name").startsWith("怀化五溪农产品批发市场"), coopSees::toString);
        assertEquals("采购员 " + buyer.username(), coopSees.getString("contactName"));
        assertEquals(buyer.username() + "@example.org", coopSees.getString("email"));
        assertFalse(ok(Fixtures.staff(api).api().get("/api/orders/" + order)).containsKey("counterparty"));
        assertEquals(404, Fixtures.buyer(api).api().get("/api/orders/" + order).status());
        // listed orders carry it too
        assertTrue(ok(buyer.api().get("/api/orders?status=CONFIRMED")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(o -> id(o) == order)
                .allMatch(o -> o.containsKey("counterparty")));
    }

    /** The one notification of this type about this order that the account has (payment, review and reply tell the other party). */
    private static JsonObject notice(TestAccount who, String type, long order) {
        List<JsonObject> found = ok(who.api().get("/api/notifications?size=100")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(n -> type.equals(n.getString("type")) && n.getString("link", "").endsWith("?id=" + order))
                .toList();
        assertEquals(1, found.size(), () -> who.username() + " has one " + type + " about order " + order + ": "
                + found);
        return found.get(0);
    }

    @Test
    void shipmentPaymentReviewAndReplyWithEveryStatusCode() {
        String product = Market.product(api);
        TestAccount coop = Fixtures.verifiedCooperative(api);
        long listing = Market.listing(coop, product, "10.00", "500", "1");
        TestAccount buyer = Fixtures.buyer(api);
        TestAccount stranger = Fixtures.buyer(api);
        long order = id(order(buyer, listing, "5", "地址", null));
        String payment = "{\"method\":\"WECHAT\",\"reference\":\"WX-20261204-0001\"}";

        // pending: nothing to ship, pay or review yet
        assertTrue(post(coop, order, "ship", "{\"trackingNumber\":\"SF1\"}").isProblem(409));
        assertTrue(post(coop, order, "paid", payment).isProblem(409));
        assertEquals("UNPAID", ok(buyer.api().get("/api/orders/" + order)).getJsonObject("payment")
                .getString("status"));
        ok(post(coop, order, "confirm", ""));

        // payment: who, what, once
        assertEquals(401, api.post("/api/orders/" + order + "/paid", payment).status());
        assertTrue(post(buyer, order, "paid", payment).isProblem(403));
        assertTrue(post(stranger, order, "paid", payment).isProblem(404));
        assertTrue(post(coop, order, "paid", "{}").isProblem(422));
        assertTrue(post(coop, order, "paid", "{\"method\":\"BITCOIN\"}").isProblem(422));
        assertTrue(post(coop, order, "paid", "{\"method\":").isProblem(400));
        assertTrue(post(coop, 999_999_999L, "paid", payment).isProblem(404));
        JsonObject paid = ok(post(coop, order, "paid", payment)).getJsonObject("payment");
        assertEquals("PAID", paid.getString("status"));
        assertEquals("WECHAT", paid.getString("method"));
        assertEquals("WX-20261204-0001", paid.getString("reference"));
        assertTrue(paid.containsKey("at"));
        assertTrue(post(coop, order, "paid", payment).isProblem(409));
        JsonObject paidNotice = notice(buyer, "ORDER_PAID", order);
        assertTrue(paidNotice.getString("message").contains("#" + order)
                && paidNotice.getString("message").contains("货款"), paidNotice::toString);
        assertTrue(paidNotice.getString("link").endsWith("/order.xhtml?id=" + order), paidNotice::toString);
        JsonObject afterPayment = ok(buyer.api().get("/api/orders/" + order));
        assertTrue(afterPayment.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .anyMatch(h -> "PAID".equals(h.getString("event", null))
                        && "CONFIRMED".equals(h.getString("status"))), afterPayment::toString);

        // shipment
        assertTrue(post(coop, order, "ship", "{\"carrier\":\"" + "x".repeat(101) + "\"}").isProblem(422));
        assertTrue(post(buyer, order, "ship", "").isProblem(403));
        JsonObject shipped = ok(post(coop, order, "ship",
                "{\"carrier\":\"顺丰速运\",\"trackingNumber\":\"SF1234567890\",\"note\":\"冷链\"}"));
        assertEquals("SHIPPED", shipped.getString("status"));
        assertEquals("顺丰速运", shipped.getJsonObject("shipment").getString("carrier"));
        assertEquals("SF1234567890", ok(buyer.api().get("/api/orders/" + order)).getJsonObject("shipment")
                .getString("trackingNumber"));
        assertEquals("冷链", shipped.getJsonObject("shipment").getString("note"));

        // review: only once the order is completed, only by its buyer, only once
        String review = "{\"rating\":4,\"comment\":\"果子新鲜\"}";
        assertTrue(post(buyer, order, "review", review).isProblem(409));
        ok(post(buyer, order, "receive", ""));
        assertEquals(401, api.post("/api/orders/" + order + "/review", review).status());
        assertTrue(post(coop, order, "review", review).isProblem(403));
        assertTrue(post(stranger, order, "review", review).isProblem(404));
        assertTrue(post(buyer, order, "review", "{\"rating\":6}").isProblem(422));
        assertTrue(post(buyer, order, "review", "{\"rating\":0}").isProblem(422));
        assertTrue(post(buyer, order, "review", "{\"comment\":\"no rating\"}").isProblem(422));
        assertTrue(post(buyer, order, "review", "{\"rating\":\"five\"}").status() / 100 == 4);
        assertTrue(post(coop, order, "review/reply", "{\"text\":\"谢谢\"}").isProblem(409), "no review yet");
        ApiClient.Response created = post(buyer, order, "review", review);
        assertEquals(201, created.status(), created::toString);
        assertEquals(4, created.object().getInt("rating"));
        assertEquals("果子新鲜", created.object().getString("comment"));
        assertTrue(created.header("Location").endsWith("/api/orders/" + order + "/review"), created::toString);
        assertTrue(post(buyer, order, "review", review).isProblem(409));
        assertEquals(4, ok(buyer.api().get("/api/orders/" + order)).getJsonObject("review").getInt("rating"));
        JsonObject reviewedNotice = notice(coop, "ORDER_REVIEWED", order);
        assertTrue(reviewedNotice.getString("message").contains("4 星")
                && reviewedNotice.getString("message").contains("果子新鲜"), reviewedNotice::toString);

        // reply
        assertTrue(post(buyer, order, "review/reply", "{\"text\":\"谢谢\"}").isProblem(403));
        assertTrue(post(coop, order, "review/reply", "{\"text\":\"  \"}").isProblem(422));
        JsonObject replied = ok(post(coop, order, "review/reply", "{\"text\":\"谢谢惠顾\"}"));
        assertEquals("谢谢惠顾", replied.getString("reply"));
        assertTrue(post(coop, order, "review/reply", "{\"text\":\"再次感谢\"}").isProblem(409));
        JsonObject repliedNotice = notice(buyer, "ORDER_REVIEW_REPLIED", order);
        assertTrue(repliedNotice.getString("message").contains("谢谢惠顾"), repliedNotice::toString);
        assertFalse(ok(coop.api().get("/api/notifications?size=100")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().anyMatch(n -> n.getString("type").equals("ORDER_PAID")
                        || n.getString("type").equals("ORDER_REVIEW_REPLIED")), "the party that acted is not told");

        // the public reviews and the rating
        JsonObject reviews = ok(api.get("/api/cooperatives/" + coop.cooperativeId() + "/reviews?page=0&size=10"));
        assertEquals(1, reviews.getInt("total"));
        JsonObject shown = reviews.getJsonArray("items").getJsonObject(0);
        assertEquals(4, shown.getInt("rating"));
        assertEquals("谢谢惠顾", shown.getString("reply"));
        assertTrue(shown.getJsonObject("buyer").getString("name").startsWith("怀化五溪农产品批发市场"));
        assertTrue(shown.containsKey("at"));
        assertEquals(404, api.get("/api/cooperatives/999999999/reviews").status());
        assertTrue(api.get("/api/cooperatives/" + coop.cooperativeId() + "/reviews?size=101").isProblem(422));
        JsonObject rating = ok(api.get("/api/cooperatives/" + coop.cooperativeId())).getJsonObject("rating");
        assertEquals(0, new BigDecimal("4.0").compareTo(rating.getJsonNumber("average").bigDecimalValue()));
        assertEquals(1, rating.getInt("count"));

        // a second review of another order: the average to one decimal
        long second = id(order(buyer, listing, "1", null, null));
        ok(post(coop, second, "confirm", ""));
        ok(post(coop, second, "ship", ""));
        ok(post(buyer, second, "receive", ""));
        assertEquals(201, post(buyer, second, "review", "{\"rating\":5}").status());
        rating = ok(api.get("/api/cooperatives/" + coop.cooperativeId())).getJsonObject("rating");
        assertEquals("4.5", rating.getJsonNumber("average").bigDecimalValue().toPlainString());
        assertEquals(2, rating.getInt("count"));
        assertTrue(ok(api.get("/api/cooperatives?size=100")).containsKey("items"));

        // a cancelled or pending order cannot be paid
        long cancelled = id(order(buyer, listing, "1", null, null));
        ok(post(buyer, cancelled, "cancel", "{\"reason\":\"不要了\"}"));
        assertTrue(post(coop, cancelled, "paid", payment).isProblem(409));
    }

    @Test
    void aCooperativeWithoutReviewsHasNoAverage() {
        TestAccount coop = Fixtures.uncertifiedCooperative(api);
        JsonObject rating = ok(api.get("/api/cooperatives/" + coop.cooperativeId())).getJsonObject("rating");
        assertEquals(JsonValue.NULL, rating.get("average"), rating::toString);
        assertEquals(0, rating.getInt("count"));
        assertEquals(0, ok(api.get("/api/cooperatives/" + coop.cooperativeId() + "/reviews")).getInt("total"));
    }

    @Test
    void aliasesNameProductsForSearchAndStaffChangeThem() {
        List<JsonObject> products = api.get("/api/products").array().getValuesAs(JsonObject.class);
        JsonObject grape = products.stream().filter(p -> p.getString("code").equals("grape")).findFirst().orElseThrow();
        assertTrue(grape.getJsonArray("aliases").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(a -> a.getString().equals("葡萄")), grape::toString);
        for (String staple : List.of("bayberry", "rock-sugar-orange", "mandarin", "sweet-potato", "oil-tea-camellia")) {
            JsonObject found = products.stream().filter(p -> p.getString("code").equals(staple)).findFirst()
                    .orElseThrow(() -> new AssertionError(staple + " missing"));
            assertFalse(found.getJsonArray("aliases").isEmpty(), found::toString);
        }
        assertTrue(products.stream().filter(p -> p.getString("code").equals("honeysuckle")).findFirst().orElseThrow()
                .getJsonArray("aliases").toString().contains("溆浦金银花"));
        assertTrue(products.stream().filter(p -> p.getString("code").equals("tea")).findFirst().orElseThrow()
                .getJsonArray("aliases").toString().contains("碣滩茶"));
        assertTrue(products.stream().filter(p -> p.getString("code").equals("sweet-potato")).findFirst()
                .orElseThrow().getJsonArray("aliases").toString().contains("地瓜"));

        // "葡萄" finds a grape (提子) listing, with another word narrowing to this test's own
        TestAccount coop = Fixtures.verifiedCooperative(api);
        String marker = Fixtures.unique("vine").toLowerCase();
        Fixtures.ensureCertified(coop.api(), coop, "GREEN_FOOD", "grape");
        JsonObject body = Json.createObjectBuilder(Market.listingBody("grape", "9.00", "100", "1"))
                .add("description", "阳光玫瑰 " + marker).build();
        ApiClient.Response listed = coop.api().post("/api/listings", body);
        assertEquals(201, listed.status(), listed::toString);
        JsonObject found = ok(api.get("/api/listings?q=%E8%91%A1%E8%90%84+" + marker));
        assertEquals(1, found.getInt("total"), found::toString);

        // staff set aliases: a new word finds the product's listings and demands
        String product = Market.product(api);
        String word = Fixtures.unique("nick").toLowerCase();
        String path = "/api/products/" + product + "/aliases";
        assertEquals(401, api.send("PUT", path, "[\"" + word + "\"]", "application/json").status());
        TestAccount buyer = Fixtures.buyer(api);
        assertEquals(403, buyer.api().send("PUT", path, "[\"" + word + "\"]", "application/json").status());
        ApiClient staff = Fixtures.staff(api).api();
        assertEquals(404, staff.send("PUT", "/api/products/no-such-product/aliases", "[\"x\"]",
                "application/json").status());
        assertEquals(400, staff.send("PUT", path, "{\"aliases\":[]}", "application/json").status());
        assertEquals(400, staff.send("PUT", path, "[\"x\"", "application/json").status());
        assertTrue(staff.send("PUT", path, "[1, 2]", "application/json").isProblem(422));
        assertTrue(staff.send("PUT", path, "[\"" + "x".repeat(101) + "\"]", "application/json").isProblem(422));
        ApiClient.Response set = staff.send("PUT", path, "[\"" + word + "\", \"测试别名\", \" \", \"" + word + "\"]",
                "application/json");
        assertEquals(200, set.status(), set::toString);
        assertEquals(List.of(word, "测试别名"), set.object().getJsonArray("aliases")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        // two staff editing at once: the one whose If-Match is stale gets 412 and changes nothing
        long version = set.object().getJsonNumber("version").longValue();
        ApiClient.Response stale = staff.withHeader("If-Match", "\"" + (version - 1) + "\"")
                .send("PUT", path, "[\"overwritten\"]", "application/json");
        assertTrue(stale.isProblem(412), stale::toString);
        ApiClient.Response anonymous = api.get("/api/products/" + product);
        assertTrue(anonymous.header("ETag").contains("\"" + version + "\""), anonymous::toString);
        JsonObject unchanged = ok(anonymous);
        assertEquals(version, unchanged.getJsonNumber("version").longValue(), unchanged::toString);
        assertFalse(unchanged.getJsonArray("aliases").toString().contains("overwritten"), unchanged::toString);
        assertTrue(staff.withHeader("If-Match", "three").send("PUT", path, "[\"overwritten\"]", "application/json")
                .isProblem(400));
        ApiClient.Response current = staff.withHeader("If-Match", "\"" + version + "\"")
                .send("PUT", path, "[\"" + word + "\", \"测试别名\"]", "application/json");
        assertEquals(200, current.status(), current::toString);
        assertEquals(version + 1, current.object().getJsonNumber("version").longValue());
        assertTrue(api.get("/api/products").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("code").equals(product)).findFirst().orElseThrow()
                .getJsonArray("aliases").toString().contains(word));
        JsonObject one = ok(api.get("/api/products/" + product));
        assertEquals(product, one.getString("code"));
        assertTrue(one.getJsonArray("aliases").toString().contains(word), one::toString);
        assertTrue(api.get("/api/products/no-such-product").isProblem(404));

        Market.listing(coop, product, "10.00", "50", "1");
        JsonObject listings = ok(api.get("/api/listings?q=" + word));
        assertEquals(1, listings.getInt("total"), listings::toString);
        assertEquals(product, listings.getJsonArray("items").getJsonObject(0).getString("product"));
        Market.demand(buyer, product, "5000", "1.00", true);
        JsonObject demands = ok(api.get("/api/demands?q=" + word));
        assertEquals(1, demands.getInt("total"), demands::toString);
        assertEquals(0, ok(api.get("/api/demands?q=" + word + "-nothing")).getInt("total"));
    }
}
