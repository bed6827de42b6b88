package coop.harvest.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Fixtures;
import coop.harvest.it.HarvestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cooperative decisions, reports, and the audit log over HTTP against the running application. */
class ModerationIT {

    private final ApiClient api = HarvestServer.shared().api();
    private final Fixtures.TestAccount staff = Fixtures.staff(api);

    @Test
    void queueShowsAnUnverifiedCooperativeWithItsRegistrationDetails() {
        Fixtures.TestAccount coop = Fixtures.cooperative(api);
        JsonObject queue = staff.api().get("/api/moderation/queue").object();
        JsonObject counts = queue.getJsonObject("counts");
        assertTrue(counts.getJsonNumber("cooperatives").longValue() >= 1);
        JsonObject pending = queue.getJsonArray("cooperatives").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("id").longValue() == coop.cooperativeId()).findFirst().orElseThrow();
        assertEquals(18, pending.getString("registrationNumber").length());
        assertEquals("溆浦县", pending.getString("county"));
        assertEquals(coop.username(), pending.getString("username"));
        assertEquals(coop.username() + "@example.org", pending.getString("email"), "staff see contact details");

        verify(coop);
        JsonObject after = staff.api().get("/api/moderation/queue").object();
        assertTrue(after.getJsonArray("cooperatives").getValuesAs(JsonObject.class).stream()
                .noneMatch(c -> c.getJsonNumber("id").longValue() == coop.cooperativeId()), "verified: out of the queue");
        assertTrue(staff.api().post(path(coop, "verify"), "").isProblem(409), "verifying twice is a conflict");
        assertEquals(1, auditCount("COOPERATIVE_VERIFIED", "COOPERATIVE", coop.cooperativeId()));
    }

    @Test
    void suspendingACooperativeLocksItOutUntilReinstated() {
        Fixtures.TestAccount coop = Fixtures.verifiedCooperative(api);
        assertEquals(200, coop.api().get("/api/me").status(), "the cooperative's token works");
        ApiClient.Response suspended = staff.api().post(path(coop, "suspend"), reason("虚假宣传，多次被投诉"));
        assertEquals(200, suspended.status(), suspended::toString);
        assertTrue(suspended.object().getBoolean("suspended"));
        assertTrue(coop.api().get("/api/me").isProblem(401), "and from the suspension on does not");

        assertTrue(api.get("/api/cooperatives/" + coop.cooperativeId()).isProblem(404), "hidden from the public");
        ApiClient.Response signIn = api.post("/api/auth/token", Json.createObjectBuilder()
                .add("username", coop.username()).add("password", Fixtures.PASSWORD).build());
        assertTrue(signIn.status() == 401 || signIn.status() == 403, signIn::toString);
        assertTrue(staff.api().post(path(coop, "suspend"), reason("again")).isProblem(409));

        ApiClient.Response reinstated = staff.api().post(path(coop, "reinstate"), "");
        assertEquals(200, reinstated.status(), reinstated::toString);
        assertEquals(200, api.get("/api/cooperatives/" + coop.cooperativeId()).status());
        Fixtures.token(api, coop.username(), Fixtures.PASSWORD);
        assertTrue(staff.api().post(path(coop, "reinstate"), "").isProblem(409), "not suspended any more");

        JsonObject entry = audit("?action=COOPERATIVE_SUSPENDED&targetType=COOPERATIVE&targetId="
                + coop.cooperativeId()).getJsonArray("items").getJsonObject(0);
        assertEquals("虚假宣传，多次被投诉", entry.getString("reason"));
        assertEquals(HarvestServer.ADMIN_USERNAME, entry.getString("actor"));
        assertNotNull(entry.getString("at"));
        assertEquals(1, auditCount("COOPERATIVE_SUSPENDED", "COOPERATIVE", coop.cooperativeId()));
        assertEquals(1, auditCount("COOPERATIVE_REINSTATED", "COOPERATIVE", coop.cooperativeId()));
    }

    @Test
    void suspendingNeedsAReasonAndChangesNothingWithoutOne() {
        Fixtures.TestAccount coop = Fixtures.verifiedCooperative(api);
        for (String body : List.of("{}", "{\"reason\":\"   \"}", "{\"reason\":null}")) {
            ApiClient.Response refused = staff.api().post(path(coop, "suspend"), body);
            assertTrue(refused.isProblem(422), refused::toString);
            assertEquals(List.of("reason"), refused.errorFields(), refused::toString);
        }
        for (String path : List.of("/api/moderation/listings/1/reject", "/api/moderation/listings/1/suspend",
                "/api/moderation/demands/1/remove")) {
            ApiClient.Response refused = staff.api().post(path, "{}");
            assertTrue(refused.isProblem(422), refused::toString);
            assertEquals(List.of("reason"), refused.errorFields(), refused::toString);
        }
        assertEquals(200, api.get("/api/cooperatives/" + coop.cooperativeId()).status(), "still public");
        assertEquals(0, auditCount("COOPERATIVE_SUSPENDED", "COOPERATIVE", coop.cooperativeId()));
    }

    @Test
    void unknownTargetsAreNotFoundAndBadIdsAreBadRequests() {
        assertTrue(staff.api().post("/api/moderation/cooperatives/987654321/verify", "").isProblem(404));
        assertTrue(staff.api().post("/api/moderation/listings/987654321/approve", "").isProblem(404));
        assertTrue(staff.api().post("/api/moderation/demands/987654321/remove", reason("x")).isProblem(404));
        assertTrue(staff.api().post("/api/moderation/reports/987654321/resolve", "{}").isProblem(404));
        assertTrue(staff.api().post("/api/moderation/listings/abc/approve", "").isProblem(400));
        assertTrue(staff.api().post("/api/moderation/listings/1/reject", "{\"reason\":").isProblem(400));
        assertTrue(staff.api().post("/api/moderation/listings/1/reject", "{\"reason\":\"x\",\"status\":\"ACTIVE\"}")
                .isProblem(422));
    }

    @Test
    void aReportCountsOncePerAccountAndStaffResolveIt() {
        Fixtures.TestAccount buyer = Fixtures.buyer(api);
        Fixtures.TestAccount reporter = Fixtures.cooperative(api);
        JsonObject body = Json.createObjectBuilder().add("targetType", "ACCOUNT").add("targetId", buyer.id())
                .add("reason", "冒充农业局工作人员").build();
        ApiClient.Response first = reporter.api().post("/api/reports", body);
        assertEquals(201, first.status(), first::toString);
        long id = first.object().getJsonNumber("id").longValue();
        assertTrue(first.header("Location").endsWith("/api/moderation/reports/" + id));
        assertEquals("OPEN", first.object().getString("status"));

        ApiClient.Response again = reporter.api().post("/api/reports", body);
        assertEquals(200, again.status(), again::toString);
        assertEquals(id, again.object().getJsonNumber("id").longValue(), "the same report answers");

        JsonObject queue = staff.api().get("/api/moderation/queue").object();
        assertEquals(1, queue.getJsonArray("reports").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("targetId").longValue() == buyer.id()
                        && "ACCOUNT".equals(r.getString("targetType"))).count());
        assertTrue(staff.api().get("/api/moderation/reports?status=OPEN&size=100").object().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().anyMatch(r -> r.getJsonNumber("id").longValue() == id));

        ApiClient.Response resolved = staff.api().post("/api/moderation/reports/" + id + "/resolve",
                "{\"note\":\"已核实并警告\"}");
        assertEquals(200, resolved.status(), resolved::toString);
        assertEquals("RESOLVED", resolved.object().getString("status"));
        assertEquals("已核实并警告", resolved.object().getString("note"));
        assertTrue(resolved.object().getJsonNumber("version").longValue()
                > first.object().getJsonNumber("version").longValue(), "resolving changes the report: its version rises");
        assertTrue(staff.api().post("/api/moderation/reports/" + id + "/resolve", "{}").isProblem(409));
        assertTrue(staff.api().get("/api/moderation/reports?status=OPEN&size=100").object().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().noneMatch(r -> r.getJsonNumber("id").longValue() == id));
        assertEquals(1, auditCount("REPORT_RESOLVED", "REPORT", id));
        assertTrue(staff.api().get("/api/moderation/reports?status=MAYBE").isProblem(422));
    }

    @Test
    void reportsOfUnknownOrOwnTargetsAreRefused() {
        Fixtures.TestAccount buyer = Fixtures.buyer(api);
        for (JsonObject body : List.of(
                report("ACCOUNT", 987654321L, "x"), report("LISTING", 987654321L, "x"),
                report("DEMAND", 987654321L, "x"), report("ACCOUNT", buyer.id(), "myself"))) {
            ApiClient.Response refused = buyer.api().post("/api/reports", body);
            assertTrue(refused.isProblem(422), refused::toString);
            assertEquals(List.of("targetId"), refused.errorFields(), refused::toString);
        }
        ApiClient.Response noReason = buyer.api().post("/api/reports", report("ACCOUNT", staff.id(), " "));
        assertTrue(noReason.isProblem(422), noReason::toString);
        assertEquals(List.of("reason"), noReason.errorFields());
        ApiClient.Response badType = buyer.api().post("/api/reports",
                "{\"targetType\":\"ORDER\",\"targetId\":1,\"reason\":\"x\"}");
        assertTrue(badType.isProblem(422), badType::toString);
    }

    @Test
    void auditLogFiltersPagesAndExportsCsv() {
        Fixtures.TestAccount coop = Fixtures.verifiedCooperative(api);
        String tricky = "=含逗号, 引号\"和\n换行";
        assertEquals(200, staff.api().post(path(coop, "suspend"), Json.createObjectBuilder()
                .add("reason", tricky).build()).status());
        assertEquals(200, staff.api().post(path(coop, "reinstate"), "").status());

        JsonObject page = audit("?targetType=cooperative&targetId=" + coop.cooperativeId() + "&size=2");
        assertEquals(3, page.getJsonNumber("total").longValue(), "verified, suspended, reinstated");
        assertEquals(2, page.getJsonArray("items").size());
        assertEquals(List.of("COOPERATIVE_REINSTATED", "COOPERATIVE_SUSPENDED"),
                page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(e -> e.getString("action"))
                        .toList(), "newest first");
        JsonObject second = audit("?targetType=COOPERATIVE&targetId=" + coop.cooperativeId() + "&size=2&page=1");
        assertEquals("COOPERATIVE_VERIFIED", second.getJsonArray("items").getJsonObject(0).getString("action"));
        assertFalse(second.getJsonArray("items").getJsonObject(0).containsKey("reason"), "no reason: left out");

        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        assertEquals(3, audit("?actor=" + HarvestServer.ADMIN_USERNAME.toUpperCase() + "&from=" + today + "&to="
                + today + "&targetType=COOPERATIVE&targetId=" + coop.cooperativeId()).getJsonNumber("total").longValue());
        assertEquals(0, audit("?from=2000-01-01&to=2000-01-02&targetId=" + coop.cooperativeId())
                .getJsonNumber("total").longValue());
        assertTrue(staff.api().get("/api/moderation/audit?from=yesterday").isProblem(400));
        assertTrue(staff.api().get("/api/moderation/audit?size=1000").isProblem(422));

        ApiClient.Response csv = staff.api().withHeader("Accept", "text/csv").get("/api/moderation/audit.csv?targetType=COOPERATIVE&targetId="
                + coop.cooperativeId());
        assertEquals(200, csv.status(), csv::toString);
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.body().startsWith("\uFEFF\"at\",\"actor\",\"action\",\"targetType\",\"targetId\",\"reason\"\r\n"), csv.body());
        assertTrue(csv.body().contains(",\"COOPERATIVE_SUSPENDED\",\"COOPERATIVE\",\"" + coop.cooperativeId()
                + "\",\"'=含逗号, 引号\"\"和\n换行\"\r\n"), csv.body());
        assertEquals(4, csv.body().split("\r\n").length, "header and three rows");
    }

    @Test
    void csvExportHoldsEveryMatchingEntryBeyondOneChunk() throws Exception {
        String since = java.time.Instant.now().minusSeconds(1).toString();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> attempts = new java.util.ArrayList<>();
            for (int i = 0; i < 105; i++) {
                attempts.add(pool.submit(() -> api.post("/api/auth/token", Json.createObjectBuilder()
                        .add("username", Fixtures.unique("nobody")).add("password", "wrong-password-123").build())
                        .status()));
            }
            for (java.util.concurrent.Future<Integer> attempt : attempts) {
                assertEquals(401, attempt.get());
            }
        } finally {
            pool.shutdown();
        }
        String query = "?action=SIGN_IN_FAILED&from=" + since;
        long total = audit(query + "&size=1").getJsonNumber("total").longValue();
        assertTrue(total >= 105, "every failed sign-in is audited: " + total);
        ApiClient.Response csv = staff.api().withHeader("Accept", "text/csv").get("/api/moderation/audit.csv" + query);
        assertEquals(200, csv.status(), csv::toString);
        List<String> rows = List.of(csv.body().split("\r\n"));
        assertEquals(total, rows.size() - 1, "header plus one row per entry, across export chunks");
        assertEquals(total, rows.stream().skip(1).distinct().count(), "no entry twice");
    }

    private static String path(Fixtures.TestAccount coop, String action) {
        return "/api/moderation/cooperatives/" + coop.cooperativeId() + "/" + action;
    }

    private static JsonObject reason(String reason) {
        return Json.createObjectBuilder().add("reason", reason).build();
    }

    private static JsonObject report(String type, long id, String reason) {
        return Json.createObjectBuilder().add("targetType", type).add("targetId", id).add("reason", reason).build();
    }

    private void verify(Fixtures.TestAccount coop) {
        ApiClient.Response verified = staff.api().post(path(coop, "verify"), "");
        assertEquals(200, verified.status(), verified::toString);
    }

    private JsonObject audit(String query) {
        ApiClient.Response response = staff.api().get("/api/moderation/audit" + query);
        assertEquals(200, response.status(), response::toString);
        return response.object();
    }

    private long auditCount(String action, String targetType, long targetId) {
        return audit("?action=" + action + "&targetType=" + targetType + "&targetId=" + targetId)
                .getJsonNumber("total").longValue();
    }
}
