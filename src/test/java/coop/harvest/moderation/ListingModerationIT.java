package coop.harvest.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Fixtures;
import coop.harvest.it.HarvestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bureau's decisions on listings and demands, seen the way users see them: in the public search, by the owner,
 * in the queue, and in the audit log (exactly one entry per decision).
 */
class ListingModerationIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private final ApiClient api = HarvestServer.shared().api();
    private final Fixtures.TestAccount staff = Fixtures.staff(api);

    @Test
    void approvalPutsAPendingListingOnTheMarket() {
        Fixtures.TestAccount coop = Fixtures.cooperative(api);
        long id = pendingListing(coop, "溆浦金银花 待审核");
        assertTrue(api.get("/api/listings/" + id).isProblem(404), "the public cannot see a listing under review");
        assertEquals(0, publicCount(coop));

        JsonObject queued = staff.api().get("/api/moderation/queue").object().getJsonArray("listings")
                .getValuesAs(JsonObject.class).stream().filter(l -> l.getJsonNumber("id").longValue() == id)
                .findFirst().orElseThrow(() -> new AssertionError("listing " + id + " not in the queue"));
        assertEquals(coop.cooperativeId(), queued.getJsonObject("cooperative").getJsonNumber("id").longValue());
        assertTrue(queued.getJsonObject("cooperative").getString("name").startsWith("测试合作社"));
        assertTrue(queued.getJsonNumber("waitingMinutes").longValue() >= 0);
        assertTrue(queued.containsKey("waitingSince"));

        ApiClient.Response approved = staff.api().post(decision(id, "approve"), "");
        assertEquals(200, approved.status(), approved::toString);
        assertEquals("ACTIVE", approved.object().getString("status"));
        assertEquals("ACTIVE", api.get("/api/listings/" + id).object().getString("status"));
        assertEquals(1, publicCount(coop));
        assertTrue(staff.api().post(decision(id, "approve"), "").isProblem(409), "approving twice");
        assertTrue(staff.api().post(decision(id, "reject"), reason("太晚了")).isProblem(409),
                "an ACTIVE listing is not rejected");
        assertTrue(staff.api().get("/api/moderation/queue").object().getJsonArray("listings")
                .getValuesAs(JsonObject.class).stream().noneMatch(l -> l.getJsonNumber("id").longValue() == id));
        assertEquals(1, auditCount("LISTING_APPROVED", id));
    }

    @Test
    void concurrentDecisionsOnOneListingTakeEffectOnceAndAreAuditedOnce() throws Exception {
        Fixtures.TestAccount coop = Fixtures.cooperative(api);
        long id = pendingListing(coop, "并发审核测试");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<ApiClient.Response>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                boolean approve = i % 2 == 0;
                answers.add(pool.submit(() -> approve ? staff.api().post(decision(id, "approve"), "")
                        : staff.api().post(decision(id, "reject"), reason("并发驳回"))));
            }
            long succeeded = 0;
            for (java.util.concurrent.Future<ApiClient.Response> answer : answers) {
                ApiClient.Response response = answer.get();
                assertTrue(response.status() == 200 || response.isProblem(409), response::toString);
                succeeded += response.status() == 200 ? 1 : 0;
            }
            assertEquals(1, succeeded, "exactly one decision wins");
        } finally {
            pool.shutdown();
        }
        assertEquals(1, auditCount("LISTING_APPROVED", id) + auditCount("LISTING_REJECTED", id));
    }

    @Test
    void rejectionKeepsTheListingHiddenAndTellsTheOwnerWhy() {
        Fixtures.TestAccount coop = Fixtures.cooperative(api);
        long id = pendingListing(coop, "价格明显不实的猕猴桃");
        ApiClient.Response noReason = staff.api().post(decision(id, "reject"), "{\"reason\":\"\"}");
        assertTrue(noReason.isProblem(422), noReason::toString);
        assertEquals(List.of("reason"), noReason.errorFields());
        assertEquals("PENDING_REVIEW", coop.api().get("/api/listings/" + id).object().getString("status"),
                "a refused decision changes nothing");

        ApiClient.Response rejected = staff.api().post(decision(id, "reject"), reason("单价与市场价严重不符，请核实"));
        assertEquals(200, rejected.status(), rejected::toString);
        assertEquals("REJECTED", rejected.object().getString("status"));
        assertEquals("单价与市场价严重不符，请核实", rejected.object().getString("statusReason"));
        assertEquals("REJECTED", coop.api().get("/api/listings/" + id).object().getString("status"));
        assertTrue(api.get("/api/listings/" + id).isProblem(404));
        assertTrue(staff.api().post(decision(id, "approve"), "").isProblem(409), "a rejected listing is not approved");

        JsonObject entry = staff.api().get("/api/moderation/audit?action=LISTING_REJECTED&targetType=LISTING&targetId="
                + id).object().getJsonArray("items").getJsonObject(0);
        assertEquals("单价与市场价严重不符，请核实", entry.getString("reason"));
        assertEquals(1, auditCount("LISTING_REJECTED", id));
    }

    @Test
    void suspensionHidesAListingUntilReinstated() {
        Fixtures.TestAccount coop = Fixtures.verifiedCooperative(api);
        long id = listing(coop, "已上架的提子");
        assertEquals(1, publicCount(coop));
        assertTrue(staff.api().post(decision(id, "reinstate"), "").isProblem(409), "not suspended");
        ApiClient.Response refused = staff.api().post(decision(id, "suspend"), "{}");
        assertTrue(refused.isProblem(422), refused::toString);
        assertEquals(List.of("reason"), refused.errorFields());

        ApiClient.Response suspended = staff.api().post(decision(id, "suspend"), reason("涉嫌虚假认证"));
        assertEquals(200, suspended.status(), suspended::toString);
        assertEquals("SUSPENDED", suspended.object().getString("status"));
        assertEquals(0, publicCount(coop), "gone from search");
        assertTrue(api.get("/api/listings/" + id).isProblem(404));
        assertTrue(staff.api().post(decision(id, "suspend"), reason("again")).isProblem(409));

        ApiClient.Response reinstated = staff.api().post(decision(id, "reinstate"), "");
        assertEquals(200, reinstated.status(), reinstated::toString);
        assertEquals("ACTIVE", reinstated.object().getString("status"));
        assertEquals(1, publicCount(coop));
        assertEquals(1, auditCount("LISTING_SUSPENDED", id));
        assertEquals(1, auditCount("LISTING_REINSTATED", id));
    }

    @Test
    void suspendingACooperativeHidesItsListings() {
        Fixtures.TestAccount coop = Fixtures.verifiedCooperative(api);
        long id = listing(coop, "合作社暂停测试");
        assertEquals(200, staff.api().post("/api/moderation/cooperatives/" + coop.cooperativeId() + "/suspend",
                reason("资质过期")).status());
        assertEquals(0, publicCount(coop));
        assertEquals(0, textSearchCount("合作社暂停测试"), "nor found by what it says");
        assertTrue(api.get("/api/listings/" + id).isProblem(404));
        assertEquals(200, staff.api().post("/api/moderation/cooperatives/" + coop.cooperativeId() + "/reinstate", "")
                .status());
        assertEquals(1, publicCount(coop));
        assertEquals(1, textSearchCount("合作社暂停测试"));
    }

    private long textSearchCount(String words) {
        ApiClient.Response found = api.get("/api/listings?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
        assertEquals(200, found.status(), found::toString);
        return found.object().getJsonNumber("total").longValue();
    }

    @Test
    void removingADemandTakesItOffTheMarketWithTheReason() {
        Fixtures.TestAccount buyer = Fixtures.buyer(api);
        ApiClient.Response posted = buyer.api().post("/api/demands", demand());
        assertEquals(201, posted.status(), posted::toString);
        long id = posted.object().getJsonNumber("id").longValue();

        ApiClient.Response refused = staff.api().post("/api/moderation/demands/" + id + "/remove", "{\"reason\":\" \"}");
        assertTrue(refused.isProblem(422), refused::toString);
        assertEquals(List.of("reason"), refused.errorFields());

        ApiClient.Response removed = staff.api().post("/api/moderation/demands/" + id + "/remove", reason("重复发布"));
        assertEquals(200, removed.status(), removed::toString);
        assertEquals("REMOVED", removed.object().getString("status"));
        assertEquals("重复发布", removed.object().getString("statusReason"));
        assertEquals("REMOVED", buyer.api().get("/api/demands/" + id).object().getString("status"));
        assertEquals(buyer.api().get("/api/demands/" + id).object().getJsonArray("orderIds"),
                removed.object().getJsonArray("orderIds"), "the answer is the demand, its orders too");
        assertTrue(api.get("/api/demands?product=rice&size=100").object().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().noneMatch(d -> d.getJsonNumber("id").longValue() == id));
        assertTrue(staff.api().post("/api/moderation/demands/" + id + "/remove", reason("again")).isProblem(409));
        assertEquals(1, auditCount("DEMAND_REMOVED", "DEMAND", id));
    }

    @Test
    void reportsOfListingsReachTheQueue() {
        Fixtures.TestAccount coop = Fixtures.verifiedCooperative(api);
        long id = listing(coop, "被举报的金银花");
        Fixtures.TestAccount buyer = Fixtures.buyer(api);
        ApiClient.Response filed = buyer.api().post("/api/reports", Json.createObjectBuilder()
                .add("targetType", "LISTING").add("targetId", id).add("reason", "图片与实物不符").build());
        assertEquals(201, filed.status(), filed::toString);
        assertTrue(coop.api().post("/api/reports", Json.createObjectBuilder().add("targetType", "LISTING")
                .add("targetId", id).add("reason", "x").build()).isProblem(422), "nobody reports their own listing");
        assertTrue(staff.api().get("/api/moderation/queue").object().getJsonArray("reports")
                .getValuesAs(JsonObject.class).stream().anyMatch(r -> r.getJsonNumber("targetId").longValue() == id
                        && "LISTING".equals(r.getString("targetType"))));
    }

    private long pendingListing(Fixtures.TestAccount coop, String description) {
        long id = listing(coop, description);
        assertEquals("PENDING_REVIEW", coop.api().get("/api/listings/" + id).object().getString("status"));
        return id;
    }

    static long listing(Fixtures.TestAccount coop, String description) {
        ApiClient.Response created = coop.api().post("/api/listings", Json.createObjectBuilder()
                .add("product", "honeysuckle").add("grade", "FIRST")
                .add("certifications", Json.createArrayBuilder().add("GEOGRAPHICAL_INDICATION"))
                .add("quantity", new BigDecimal("500")).add("minOrderQuantity", new BigDecimal("20"))
                .add("unitPrice", new BigDecimal("86.50")).add("county", "溆浦县")
                .add("availableFrom", TODAY.toString()).add("availableUntil", TODAY.plusDays(60).toString())
                .add("description", description).build());
        assertEquals(201, created.status(), created::toString);
        return created.object().getJsonNumber("id").longValue();
    }

    private static JsonObject demand() {
        return Json.createObjectBuilder().add("product", "rice").add("minGrade", "SECOND")
                .add("certifications", Json.createArrayBuilder())
                .add("quantity", new BigDecimal("3000")).add("maxUnitPrice", new BigDecimal("4.20"))
                .add("deliveryCounty", "鹤城区").add("neededBy", TODAY.plusDays(20).toString())
                .add("allowPartial", true).build();
    }

    private long publicCount(Fixtures.TestAccount coop) {
        ApiClient.Response found = api.get("/api/listings?cooperativeId=" + coop.cooperativeId());
        assertEquals(200, found.status(), found::toString);
        return found.object().getJsonNumber("total").longValue();
    }

    private static String decision(long id, String action) {
        return "/api/moderation/listings/" + id + "/" + action;
    }

    private static JsonObject reason(String reason) {
        return Json.createObjectBuilder().add("reason", reason).build();
    }

    private long auditCount(String action, long listingId) {
        return auditCount(action, "LISTING", listingId);
    }

    private long auditCount(String action, String targetType, long targetId) {
        ApiClient.Response response = staff.api().get("/api/moderation/audit?action=" + action + "&targetType="
                + targetType + "&targetId=" + targetId);
        assertEquals(200, response.status(), response::toString);
        return response.object().getJsonNumber("total").longValue();
    }
}
