package coop.harvest.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.Answers;
import coop.harvest.it.ApiClient;
import coop.harvest.it.Fixtures;
import coop.harvest.it.Fixtures.TestAccount;
import coop.harvest.it.HarvestServer;
import coop.harvest.it.Trades;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Order farming through the API: every status code of the section, deliveries as orders, and a commitment race. */
class ContractsIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private final ApiClient api = HarvestServer.shared().api();

    static JsonObjectBuilder offer(String product, String total, JsonObject pricing, int... percents) {
        JsonArrayBuilder schedule = Json.createArrayBuilder();
        for (int i = 0; i < percents.length; i++) {
            schedule.add(Json.createObjectBuilder().add("date", TODAY.plusDays(30L * (i + 1)).toString())
                    .add("percent", percents[i]));
        }
        return Json.createObjectBuilder().add("product", product).add("minGrade", "FIRST")
                .add("certifications", Json.createArrayBuilder()).add("totalQuantity", new BigDecimal(total))
                .add("pricing", pricing).add("schedule", schedule).add("deliveryCounty", "溆浦县")
                .add("commitBy", TODAY.plusDays(10).toString()).add("description", "订单农业测试 order farming");
    }

    static JsonObject fixed(String price) {
        return Json.createObjectBuilder().add("type", "FIXED").add("unitPrice", new BigDecimal(price)).build();
    }

    static JsonObject floor(String price) {
        return Json.createObjectBuilder().add("type", "FLOOR").add("floorPrice", new BigDecimal(price)).build();
    }

    static JsonObject publish(TestAccount buyer, JsonObjectBuilder offer) {
        ApiClient.Response created = buyer.api().post("/api/contract-offers", offer.build());
        assertEquals(201, created.status(), created::toString);
        Answers.assertStoredAs(created.object(), buyer.api().get("/api/contract-offers/" + id(created.object()))
                .object());
        return created.object();
    }

    static JsonObject commit(TestAccount coop, long offerId, String quantity) {
        ApiClient.Response created = coop.api().post("/api/contract-offers/" + offerId + "/commitments",
                Json.createObjectBuilder().add("quantity", new BigDecimal(quantity)).add("acreage", 120.5).build());
        assertEquals(201, created.status(), created::toString);
        Answers.assertStoredAs(created.object(), coop.api().get("/api/contracts/" + id(created.object())).object());
        return created.object();
    }

    static JsonObject act(TestAccount party, String path, String body) {
        ApiClient.Response done = party.api().post(path, body);
        assertEquals(200, done.status(), done::toString);
        return done.object();
    }

    /** A verified cooperative without certificates (cheap to make many). */
    static TestAccount verifiedUncertified(ApiClient api) {
        TestAccount coop = Fixtures.uncertifiedCooperative(api);
        ApiClient.Response verified = Fixtures.staff(api).api()
                .post("/api/moderation/cooperatives/" + coop.cooperativeId() + "/verify", "");
        assertEquals(200, verified.status(), verified::toString);
        return coop;
    }

    static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    static BigDecimal decimal(JsonObject o, String field) {
        return o.getJsonNumber(field).bigDecimalValue();
    }

    @Test
    void publishingChecksItsRules() {
        TestAccount buyer = Fixtures.buyer(api);
        TestAccount coop = Fixtures.verifiedCooperative(api);
        JsonObject good = offer("kiwi", "1000", fixed("8.50"), 40, 60).build();
        assertTrue(api.post("/api/contract-offers", good).isProblem(401));
        assertTrue(coop.api().post("/api/contract-offers", good).isProblem(403));
        assertTrue(buyer.api().post("/api/contract-offers", "{\"product\": ").isProblem(400));
        assertTrue(buyer.api().post("/api/contract-offers", "{\"product\": 5}").isProblem(400));
        assertEquals(List.of("status"), buyer.api().post("/api/contract-offers",
                Json.createObjectBuilder(good).add("status", "CLOSED").build()).errorFields());
        assertEquals(List.of("schedule"), buyer.api().post("/api/contract-offers",
                offer("kiwi", "1000", fixed("8.50"), 40, 50).build()).errorFields());
        assertEquals(List.of("schedule"), buyer.api().post("/api/contract-offers",
                offer("kiwi", "1000", fixed("8.50")).build()).errorFields());
        assertEquals(List.of("schedule"), buyer.api().post("/api/contract-offers",
                offer("kiwi", "1000", fixed("8.50"), 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 88).build()).errorFields());
        assertEquals(List.of("schedule[0].date"), buyer.api().post("/api/contract-offers",
                Json.createObjectBuilder(good).add("schedule", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("date", TODAY.plusDays(10).toString()).add("percent", 100))).build()).errorFields());
        assertEquals(List.of("schedule[1].date"), buyer.api().post("/api/contract-offers",
                Json.createObjectBuilder(good).add("schedule", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("date", TODAY.plusDays(40).toString()).add("percent", 50))
                        .add(Json.createObjectBuilder().add("date", TODAY.plusDays(40).toString()).add("percent", 50)))
                        .build()).errorFields());
        ApiClient.Response fraction = buyer.api().post("/api/contract-offers", Json.createObjectBuilder(good)
                .add("schedule", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("date", TODAY.plusDays(40).toString()).add("percent", 33.5))
                        .add(Json.createObjectBuilder().add("date", TODAY.plusDays(50).toString()).add("percent", 66.5)))
                .build());
        assertTrue(fraction.isProblem(422), fraction::toString); // API.md: whole percents, anything else 422
        assertEquals(List.of("schedule[0].percent", "schedule[1].percent"), fraction.errorFields());
        assertEquals(List.of("commitBy"), buyer.api().post("/api/contract-offers",
                Json.createObjectBuilder(good).add("commitBy", TODAY.minusDays(1).toString()).build()).errorFields());
        assertEquals(List.of("pricing.unitPrice"), buyer.api().post("/api/contract-offers",
                offer("kiwi", "1000", Json.createObjectBuilder().add("type", "FIXED").build(), 100).build())
                .errorFields());
        assertEquals(List.of("pricing.floorPrice"), buyer.api().post("/api/contract-offers",
                offer("kiwi", "1000", floor("-1"), 100).build()).errorFields());
        assertEquals(List.of("product"), buyer.api().post("/api/contract-offers",
                offer("durian", "1000", fixed("8.50"), 100).build()).errorFields());
        assertEquals(List.of("totalQuantity"), buyer.api().post("/api/contract-offers",
                offer("kiwi", "0", fixed("8.50"), 100).build()).errorFields());
        assertEquals(List.of("deliveryCounty"), buyer.api().post("/api/contract-offers",
                Json.createObjectBuilder(good).add("deliveryCounty", "Atlantis").build()).errorFields());

        JsonObject created = publish(buyer, offer("kiwi", "1000", fixed("8.50"), 40, 60));
        assertEquals("OPEN", created.getString("status"));
        assertEquals(0, decimal(created, "committedQuantity").signum());
        assertEquals(new BigDecimal("8.50"), decimal(created.getJsonObject("pricing"), "unitPrice"));
        assertEquals("FIXED", created.getJsonObject("pricing").getString("type"));
        assertFalse(created.getJsonObject("pricing").containsKey("floorPrice"));
        assertEquals(2, created.getJsonArray("schedule").size());
        assertEquals(40, created.getJsonArray("schedule").getJsonObject(0).getInt("percent"));
        assertEquals(id(buyer.api().get("/api/me").object()), created.getJsonObject("buyer").getJsonNumber("id")
                .longValue());
        for (String field : List.of("id", "buyer", "product", "minGrade", "certifications", "totalQuantity",
                "committedQuantity", "pricing", "schedule", "deliveryCounty", "commitBy", "description", "status",
                "createdAt", "version")) {
            assertTrue(created.containsKey(field), field);
        }

        ApiClient.Response one = api.get("/api/contract-offers/" + id(created));
        assertEquals(200, one.status(), one::toString);
        assertEquals("kiwi", one.object().getString("product"));
        assertTrue(api.get("/api/contract-offers/999999999").isProblem(404));
        assertTrue(api.get("/api/contract-offers/abc").isProblem(400));
        ApiClient.Response open = api.get("/api/contract-offers?product=kiwi&status=OPEN&size=100");
        assertEquals(200, open.status(), open::toString);
        assertTrue(open.object().getJsonArray("items").stream()
                .anyMatch(v -> id(v.asJsonObject()) == id(created)));
        assertTrue(api.get("/api/contract-offers?status=MAYBE").isProblem(422));
        // q names products by name, code or alias, as the listings' and demands' search does
        String buyersOffers = "/api/contract-offers?size=100&buyerId=" + id(created.getJsonObject("buyer"));
        ApiClient.Response named = api.get(buyersOffers + "&q=" + URLEncoder.encode("猕猴桃", StandardCharsets.UTF_8));
        assertEquals(200, named.status(), named::toString);
        assertEquals(List.of(id(created)), named.object().getJsonArray("items").stream()
                .map(v -> id(v.asJsonObject())).toList());
        assertEquals(0, api.get(buyersOffers + "&q=grape").object().getInt("total"), "another product");
        assertEquals(0, api.get(buyersOffers + "&q=durian").object().getInt("total"), "no such product");
        assertEquals(1, api.get(buyersOffers + "&q=+").object().getInt("total"), "a blank q filters nothing");
    }

    @Test
    void commitmentsAcceptanceDeliveriesAndReceipt() {
        TestAccount buyer = Fixtures.buyer(api);
        TestAccount other = Fixtures.buyer(api);
        TestAccount coop = Fixtures.verifiedCooperative(api);
        TestAccount second = Fixtures.verifiedCooperative(api);
        JsonObject offer = publish(buyer, offer("kiwi", "100", fixed("9.80"), 33, 33, 34));
        long offerId = id(offer);
        String commitments = "/api/contract-offers/" + offerId + "/commitments";
        JsonObject q = Json.createObjectBuilder().add("quantity", 10).build();

        assertTrue(api.post(commitments, q).isProblem(401));
        assertTrue(buyer.api().post(commitments, q).isProblem(403));
        assertTrue(Fixtures.cooperative(api).api().post(commitments, q).isProblem(403)); // unverified
        assertTrue(coop.api().post("/api/contract-offers/999999999/commitments", q).isProblem(404));
        assertEquals(List.of("quantity"), coop.api().post(commitments,
                Json.createObjectBuilder().add("quantity", -1).build()).errorFields());
        assertEquals(List.of("acreage"), coop.api().post(commitments,
                Json.createObjectBuilder().add("quantity", 1).add("acreage", 0).build()).errorFields());
        assertTrue(coop.api().post(commitments, Json.createObjectBuilder().add("quantity", 100.001).build())
                .isProblem(409));

        JsonObject contract = commit(coop, offerId, "60.001");
        long contractId = id(contract);
        assertEquals("PROPOSED", contract.getString("status"));
        assertEquals(offerId, contract.getJsonNumber("offerId").longValue());
        assertEquals(coop.cooperativeId().longValue(), contract.getJsonObject("cooperative").getJsonNumber("id")
                .longValue());
        assertEquals(0, contract.getJsonArray("deliveries").size());
        // the commitment's answer (built from what it read before locking the offer) names the parties as the
        // contract's page does
        JsonObject read = coop.api().get("/api/contracts/" + contractId).object();
        assertEquals(read.getJsonObject("buyer"), contract.getJsonObject("buyer"));
        assertEquals(read.getJsonObject("cooperative"), contract.getJsonObject("cooperative"));
        assertFalse(contract.getJsonObject("buyer").getString("name").isBlank(), contract::toString);
        assertEquals(read.getJsonObject("pricing"), contract.getJsonObject("pricing"));
        assertEquals(new BigDecimal("60.001"), decimal(api.get("/api/contract-offers/" + offerId).object(),
                "committedQuantity"));
        assertTrue(second.api().post(commitments, Json.createObjectBuilder().add("quantity", 40).build())
                .isProblem(409));
        JsonObject rival = commit(second, offerId, "39.999");
        JsonObject full = api.get("/api/contract-offers/" + offerId).object();
        assertEquals("CLOSED", full.getString("status"));
        assertTrue(second.api().post(commitments, Json.createObjectBuilder().add("quantity", 0.001).build())
                .isProblem(409));

        // visibility: the parties and staff; anyone else 404
        assertTrue(api.get("/api/contracts/" + contractId).isProblem(401));
        assertTrue(other.api().get("/api/contracts/" + contractId).isProblem(404));
        assertTrue(second.api().get("/api/contracts/" + contractId).isProblem(404));
        assertEquals(200, coop.api().get("/api/contracts/" + contractId).status());
        assertEquals(200, Fixtures.staff(api).api().get("/api/contracts/" + contractId).status());
        assertTrue(buyer.api().get("/api/contracts?status=PROPOSED").object().getJsonArray("items").stream()
                .anyMatch(v -> id(v.asJsonObject()) == contractId));
        assertTrue(buyer.api().get("/api/contracts?status=NOPE").isProblem(422));
        assertTrue(coop.api().get("/api/contracts").object().getJsonArray("items").stream()
                .noneMatch(v -> id(v.asJsonObject()) == id(rival)));

        // the buyer declines the rival: its quantity is free again and the offer opens again
        assertTrue(second.api().post("/api/contracts/" + id(rival) + "/decline", "{}").isProblem(403));
        assertEquals("DECLINED", act(buyer, "/api/contracts/" + id(rival) + "/decline",
                "{\"reason\": \"数量已满\"}").getString("status"));
        JsonObject reopened = api.get("/api/contract-offers/" + offerId).object();
        assertEquals("OPEN", reopened.getString("status"));
        assertEquals(new BigDecimal("60.001"), decimal(reopened, "committedQuantity"));
        assertTrue(buyer.api().post("/api/contracts/" + id(rival) + "/accept", "").isProblem(409));

        // shipping before acceptance is a wrong state
        String ship1 = "/api/contracts/" + contractId + "/deliveries/1/ship";
        assertTrue(coop.api().post(ship1, "{\"quantity\": 1}").isProblem(409));

        assertTrue(coop.api().post("/api/contracts/" + contractId + "/accept", "").isProblem(403));
        assertTrue(other.api().post("/api/contracts/" + contractId + "/accept", "").isProblem(404));
        JsonObject active = act(buyer, "/api/contracts/" + contractId + "/accept", "");
        assertEquals("ACTIVE", active.getString("status"));
        assertTrue(buyer.api().post("/api/contracts/" + contractId + "/accept", "").isProblem(409));
        List<JsonObject> deliveries = active.getJsonArray("deliveries").getValuesAs(JsonObject.class);
        assertEquals(3, deliveries.size());
        assertEquals(new BigDecimal("19.800"), decimal(deliveries.get(0), "quantity")); // 60.001 × 33% = 19.80033
        assertEquals(new BigDecimal("19.800"), decimal(deliveries.get(1), "quantity"));
        assertEquals(new BigDecimal("20.401"), decimal(deliveries.get(2), "quantity")); // what the others leave
        assertEquals("SCHEDULED", deliveries.get(0).getString("status"));
        assertEquals(TODAY.plusDays(30).toString(), deliveries.get(0).getString("due"));

        // the withdrawal of an offer with an active contract is refused
        assertTrue(other.api().post("/api/contract-offers/" + offerId + "/withdraw", "").isProblem(403));
        assertTrue(buyer.api().post("/api/contract-offers/" + offerId + "/withdraw", "").isProblem(409));

        // shipping: only the cooperative, an existing delivery, 0 < quantity <= the delivery's
        assertTrue(buyer.api().post(ship1, "{\"quantity\": 1}").isProblem(403));
        assertTrue(coop.api().post("/api/contracts/" + contractId + "/deliveries/9/ship", "{\"quantity\": 1}")
                .isProblem(404));
        assertEquals(List.of("quantity"), coop.api().post(ship1, "{\"quantity\": 19.801}").errorFields());
        assertEquals(List.of("quantity"), coop.api().post(ship1, "{\"quantity\": 0}").errorFields());
        assertTrue(coop.api().post(ship1, "{\"quantity\": \"a lot\"}").isProblem(400));
        JsonObject shipped = act(coop, ship1, "{\"quantity\": 19.5}");
        JsonObject first = shipped.getJsonArray("deliveries").getJsonObject(0);
        assertEquals("SHIPPED", first.getString("status"));
        assertEquals("19.5", decimal(first, "shippedQuantity").stripTrailingZeros().toPlainString());
        assertEquals(new BigDecimal("9.80"), decimal(first, "unitPrice"));
        assertEquals("19.5", decimal(shipped, "delivered").stripTrailingZeros().toPlainString());
        assertTrue(coop.api().post(ship1, "{\"quantity\": 1}").isProblem(409));
        long orderId = first.getJsonNumber("orderId").longValue();

        // the delivery is an order in SHIPPED that names its contract, without a listing
        JsonObject order = buyer.api().get("/api/orders/" + orderId).object();
        assertEquals("SHIPPED", order.getString("status"));
        assertEquals(contractId, order.getJsonNumber("contractId").longValue());
        assertEquals(1, order.getInt("deliveryNumber"));
        assertFalse(order.containsKey("listingId"));
        assertEquals(new BigDecimal("191.10"), decimal(order, "total"));
        // agreed in the contract: both sides see each other's contact details, as on a confirmed order
        assertEquals(coop.username() + "@example.org", order.getJsonObject("counterparty").getString("email"),
                order::toString);
        assertEquals(buyer.username() + "@example.org", coop.api().get("/api/orders/" + orderId).object()
                .getJsonObject("counterparty").getString("email"));
        assertTrue(buyer.api().get("/api/orders?status=SHIPPED&size=100").object().getJsonArray("items").stream()
                .anyMatch(v -> id(v.asJsonObject()) == orderId));

        // cancelling needs a reason, and is refused after a shipment
        assertEquals(List.of("reason"), buyer.api().post("/api/contracts/" + contractId + "/cancel", "{}")
                .errorFields());
        assertTrue(buyer.api().post("/api/contracts/" + contractId + "/cancel", "{\"reason\": \"改变计划\"}")
                .isProblem(409));

        // the buyer receives it with the order's own action: the delivery is RECEIVED
        assertTrue(coop.api().post("/api/orders/" + orderId + "/receive", "").isProblem(403));
        Trades.act(buyer, orderId, "receive");
        JsonObject afterReceipt = buyer.api().get("/api/contracts/" + contractId).object();
        assertEquals("RECEIVED", afterReceipt.getJsonArray("deliveries").getJsonObject(0).getString("status"));
        assertEquals("ACTIVE", afterReceipt.getString("status"));

        // the second delivery is disputed
        JsonObject second2 = act(coop, "/api/contracts/" + contractId + "/deliveries/2/ship", "{\"quantity\": 19.8}");
        long order2 = second2.getJsonArray("deliveries").getJsonObject(1).getJsonNumber("orderId").longValue();
        ApiClient.Response disputed = buyer.api().post("/api/orders/" + order2 + "/dispute",
                "{\"reason\": \"质量不符\"}");
        assertEquals(200, disputed.status(), disputed::toString);
        assertEquals("DISPUTED", buyer.api().get("/api/contracts/" + contractId).object()
                .getJsonArray("deliveries").getJsonObject(1).getString("status"));

        // the parties were told
        assertTrue(buyer.api().get("/api/notifications?size=100").body().contains("CONTRACT_PROPOSED"));
        assertTrue(coop.api().get("/api/notifications?size=100").body().contains("CONTRACT_ACCEPTED"));
    }

    @Test
    void aContractWhoseDeliveriesAreAllReceivedIsFulfilledAndFloorPricesFollowTheMarket() {
        String product = Trades.product(api, "订单猕猴桃", "Contract kiwi");
        TestAccount buyer = Fixtures.buyer(api);
        TestAccount coop = Fixtures.verifiedCooperative(api);
        // a spot trade today, at 30.00: today's trades do not count for a delivery shipped today
        TestAccount seller = Fixtures.verifiedCooperative(api);
        JsonObject listing = Trades.listing(seller, product, "30.00", "100", "现货");
        long spot = id(Trades.order(buyer, id(listing), "10"));
        Trades.act(seller, spot, "confirm");
        String prices = api.get("/api/market/prices?product=" + product).body();

        JsonObject offer = publish(buyer, offer(product, "50", floor("12.30"), 100));
        JsonObject contract = commit(coop, id(offer), "50");
        long contractId = id(contract);
        act(buyer, "/api/contracts/" + contractId + "/accept", "");
        JsonObject shipped = act(coop, "/api/contracts/" + contractId + "/deliveries/1/ship", "{\"quantity\": 48}");
        JsonObject delivery = shipped.getJsonArray("deliveries").getJsonObject(0);
        assertEquals(new BigDecimal("12.30"), decimal(delivery, "unitPrice"));
        assertEquals("FLOOR", shipped.getJsonObject("pricing").getString("type"));
        long orderId = delivery.getJsonNumber("orderId").longValue();
        Trades.act(buyer, orderId, "receive");
        JsonObject fulfilled = buyer.api().get("/api/contracts/" + contractId).object();
        assertEquals("FULFILLED", fulfilled.getString("status"));
        assertEquals("48", decimal(fulfilled, "delivered").stripTrailingZeros().toPlainString());

        // contract deliveries count in no market figure
        assertEquals(prices, api.get("/api/market/prices?product=" + product).body());
        // the orders export lists the delivery's order, with an empty listing
        ApiClient.Response export = buyer.api().get("/api/exports/orders.csv?from=" + TODAY + "&to=" + TODAY);
        assertEquals(200, export.status(), export::toString);
        assertTrue(export.body().contains("\"" + orderId + "\""), export.body());

        // the staff CSV of the figures
        ApiClient.Response csv = Fixtures.staff(api).api().get("/api/contracts/stats.csv?year=" + TODAY.getYear());
        assertEquals(200, csv.status(), csv::toString);
        assertTrue(csv.body().contains("\"" + product + "\""), csv.body());
        assertTrue(buyer.api().get("/api/contracts/stats.csv").isProblem(403));

        // the bureau's figures count the contract in the cooperative's county
        ApiClient.Response stats = api.get("/api/contracts/stats?year=" + TODAY.getYear());
        assertEquals(200, stats.status(), stats::toString);
        JsonObject row = stats.array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("product").equals(product)).findFirst().orElseThrow();
        assertEquals("溆浦县", row.getString("county"));
        assertEquals(1, row.getInt("contracts"));
        assertEquals("50", decimal(row, "quantity").stripTrailingZeros().toPlainString());
        assertEquals("120.5", decimal(row, "acreage").stripTrailingZeros().toPlainString());
        assertEquals("48", decimal(row, "delivered").stripTrailingZeros().toPlainString());
        assertEquals(new BigDecimal("0.9600"), decimal(row, "fulfilmentRate"));
        assertEquals(200, api.get("/api/contracts/stats").status());
        assertTrue(api.get("/api/contracts/stats?year=abc").isProblem(400));
        assertTrue(api.get("/api/contracts/stats?year=1800").isProblem(422));
    }

    @Test
    void certificationsMustBeBacked() {
        TestAccount buyer = Fixtures.buyer(api);
        JsonObject offer = publish(buyer, offer("tea", "10", fixed("50"), 100)
                .add("certifications", Json.createArrayBuilder().add("ORGANIC")));
        TestAccount bare = verifiedUncertified(api);
        ApiClient.Response refused = bare.api().post("/api/contract-offers/" + id(offer) + "/commitments",
                "{\"quantity\": 1}");
        assertEquals(List.of("certifications"), refused.errorFields(), refused::toString);
        Fixtures.certify(api, bare, "ORGANIC", List.of("tea"));
        commit(bare, id(offer), "1");
    }

    @Test
    void cancellingTerminatingAndWithdrawing() {
        TestAccount buyer = Fixtures.buyer(api);
        TestAccount coop = verifiedUncertified(api);
        TestAccount staff = Fixtures.staff(api);
        JsonObject offer = publish(buyer, offer("rice", "100", fixed("4.20"), 50, 50));
        long offerId = id(offer);

        // either party cancels while nothing has shipped
        long a = id(commit(coop, offerId, "30"));
        act(buyer, "/api/contracts/" + a + "/accept", "");
        assertEquals("CANCELLED", act(coop, "/api/contracts/" + a + "/cancel", "{\"reason\": \"天旱减产\"}")
                .getString("status"));
        assertTrue(coop.api().post("/api/contracts/" + a + "/cancel", "{\"reason\": \"again\"}").isProblem(409));
        JsonObject cancelled = buyer.api().get("/api/contracts/" + a).object();
        assertTrue(cancelled.getJsonArray("deliveries").getValuesAs(JsonObject.class).stream()
                .allMatch(d -> d.getString("status").equals("CANCELLED")));
        assertEquals(0, decimal(api.get("/api/contract-offers/" + offerId).object(), "committedQuantity").signum());

        // staff terminate at any time, with a reason, audited; unshipped deliveries are cancelled
        long b = id(commit(coop, offerId, "40"));
        act(buyer, "/api/contracts/" + b + "/accept", "");
        act(coop, "/api/contracts/" + b + "/deliveries/1/ship", "{\"quantity\": 20}");
        String terminate = "/api/moderation/contracts/" + b + "/terminate";
        assertTrue(api.post(terminate, "{\"reason\": \"x\"}").isProblem(401));
        assertTrue(buyer.api().post(terminate, "{\"reason\": \"x\"}").isProblem(403));
        assertTrue(staff.api().post("/api/moderation/contracts/999999999/terminate", "{\"reason\": \"x\"}")
                .isProblem(404));
        assertEquals(List.of("reason"), staff.api().post(terminate, "{}").errorFields());
        JsonObject terminated = act(staff, terminate, "{\"reason\": \"违规转包\"}");
        assertEquals("TERMINATED", terminated.getString("status"));
        assertEquals("SHIPPED", terminated.getJsonArray("deliveries").getJsonObject(0).getString("status"));
        assertEquals("CANCELLED", terminated.getJsonArray("deliveries").getJsonObject(1).getString("status"));
        assertTrue(staff.api().post(terminate, "{\"reason\": \"again\"}").isProblem(409));
        String audit = staff.api().get("/api/moderation/audit?targetType=CONTRACT&targetId=" + b).body();
        assertTrue(audit.contains("CONTRACT_TERMINATED") && audit.contains("违规转包"), audit);
        assertTrue(coop.api().post("/api/contracts/" + b + "/deliveries/2/ship", "{\"quantity\": 1}").isProblem(409));

        // withdrawing declines the proposals
        long c = id(commit(coop, offerId, "10"));
        JsonObject withdrawn = act(buyer, "/api/contract-offers/" + offerId + "/withdraw", "");
        assertEquals("WITHDRAWN", withdrawn.getString("status"));
        assertEquals("DECLINED", coop.api().get("/api/contracts/" + c).object().getString("status"));
        assertTrue(buyer.api().post("/api/contract-offers/" + offerId + "/withdraw", "").isProblem(409));
        assertTrue(coop.api().post("/api/contract-offers/" + offerId + "/commitments", "{\"quantity\": 1}")
                .isProblem(409));
    }

    @Test
    void twentyCooperativesCommittingAtOnceNeverCommitMoreThanTheTotal() throws Exception {
        TestAccount buyer = Fixtures.buyer(api);
        JsonObject offer = publish(buyer, offer("grape", "10", fixed("6"), 100));
        List<TestAccount> coops = IntStream.range(0, 20).mapToObj(i -> verifiedUncertified(api)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (TestAccount coop : coops) {
                calls.add(() -> coop.api().post("/api/contract-offers/" + id(offer) + "/commitments",
                        "{\"quantity\": 1}").status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertEquals(10, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
            assertEquals(10, statuses.stream().filter(s -> s == 409).count(), statuses::toString);
        } finally {
            pool.shutdownNow();
        }
        JsonObject after = api.get("/api/contract-offers/" + id(offer)).object();
        assertEquals(0, BigDecimal.TEN.compareTo(decimal(after, "committedQuantity")));
        assertEquals("CLOSED", after.getString("status"));
    }
}
