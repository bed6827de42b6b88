package coop.harvest.demands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.Answers;
import coop.harvest.it.ApiClient;
import coop.harvest.it.Fixtures;
import coop.harvest.it.HarvestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Demand posts over HTTP: post, read, list, cancel; validation, visibility and ownership. */
class DemandsIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private final ApiClient api = HarvestServer.shared().api();

    static JsonObject demand() {
        return Json.createObjectBuilder().add("product", "kiwi").add("minGrade", "FIRST")
                .add("certifications", Json.createArrayBuilder().add("GREEN_FOOD"))
                .add("quantity", new BigDecimal("2000")).add("maxUnitPrice", new BigDecimal("7.20"))
                .add("deliveryCounty", "鹤城区").add("neededBy", TODAY.plusDays(20).toString())
                .add("allowPartial", true).build();
    }

    static JsonObject with(JsonObject base, String field, Object value) {
        JsonObjectBuilder b = Json.createObjectBuilder(base);
        if (value == null) {
            b.remove(field);
        } else if (value instanceof BigDecimal d) {
            b.add(field, d);
        } else {
            b.add(field, value.toString());
        }
        return b.build();
    }

    @Test
    void buyerPostsReadsListsAndCancels() {
        Fixtures.TestAccount buyer = Fixtures.buyer(api);
        ApiClient.Response posted = buyer.api().post("/api/demands", demand());
        assertEquals(201, posted.status(), posted::toString);
        JsonObject d = posted.object();
        long id = d.getJsonNumber("id").longValue();
        assertTrue(posted.header("Location").endsWith("/api/demands/" + id));
        assertEquals("OPEN", d.getString("status"), d::toString);
        assertEquals("鹤城区", d.getString("deliveryCounty"));
        assertEquals(0, BigDecimal.ZERO.compareTo(d.getJsonNumber("filledQuantity").bigDecimalValue()));
        assertEquals(new BigDecimal("7.20"), d.getJsonNumber("maxUnitPrice").bigDecimalValue());
        assertTrue(d.getJsonArray("orderIds").isEmpty());
        JsonObject buyerRef = d.getJsonObject("buyer");
        assertEquals(buyer.id(), buyerRef.getJsonNumber("id").longValue());
        assertTrue(buyerRef.getString("name").startsWith("怀化五溪农产品批发市场"), buyerRef::toString);
        assertFalse(posted.body().contains("@example.org"), "no e-mail in a demand");

        Answers.assertStoredAs(d, buyer.api().get("/api/demands/" + id).object());
        JsonObject seen = api.get("/api/demands/" + id).object();
        assertEquals(d.getJsonNumber("version"), seen.getJsonNumber("version"));
        assertTrue(api.get("/api/demands?product=kiwi&size=100").object().getInt("total") >= 1);
        JsonObject mine = buyer.api().get("/api/demands?mine=true").object();
        assertEquals(1, mine.getInt("total"));

        assertTrue(Fixtures.buyer(api).api().post("/api/demands/" + id + "/cancel", "").isProblem(403));
        assertTrue(Fixtures.verifiedCooperative(api).api().post("/api/demands/" + id + "/cancel", "").isProblem(403));
        assertTrue(api.post("/api/demands/" + id + "/cancel", "").isProblem(401));

        ApiClient.Response cancelled = buyer.api().post("/api/demands/" + id + "/cancel", "");
        assertEquals(200, cancelled.status(), cancelled::toString);
        assertEquals("CANCELLED", cancelled.object().getString("status"));
        Answers.assertStoredAs(cancelled.object(), buyer.api().get("/api/demands/" + id).object());
        assertTrue(buyer.api().post("/api/demands/" + id + "/cancel", "").isProblem(409));
        assertTrue(api.get("/api/demands/" + id).isProblem(404), "the public sees open demands only");
        assertEquals(200, buyer.api().get("/api/demands/" + id).status(), "the owner still sees it");
        assertEquals(200, Fixtures.staff(api).api().get("/api/demands/" + id).status(), "and staff");
        assertEquals(1, buyer.api().get("/api/demands?mine=true&status=CANCELLED").object().getInt("total"));
        assertEquals(0, buyer.api().get("/api/demands?mine=true&status=OPEN").object().getInt("total"));
        assertTrue(api.get("/api/demands?mine=true").isProblem(401));
    }

    @Test
    void everyRuleIsA422NamingItsField() {
        Fixtures.TestAccount buyer = Fixtures.buyer(api);
        Object[][] cases = {
                {"product", "durian"},
                {"quantity", BigDecimal.ZERO},
                {"quantity", new BigDecimal("1000001")},
                {"quantity", new BigDecimal("0.0005")},
                {"maxUnitPrice", new BigDecimal("-3")},
                {"maxUnitPrice", new BigDecimal("7.205")},
                {"deliveryCounty", "长沙县"},
                {"neededBy", TODAY.minusDays(1).toString()},
                {"minGrade", "BEST"},
                {"status", "FILLED"},
                {"filledQuantity", new BigDecimal("1")},
                {"neededBy", null},
        };
        for (Object[] c : cases) {
            ApiClient.Response refused = buyer.api().post("/api/demands", with(demand(), (String) c[0], c[1]));
            assertTrue(refused.isProblem(422), () -> c[0] + "=" + c[1] + " -> " + refused);
            assertTrue(refused.errorFields().contains((String) c[0]), () -> c[0] + "=" + c[1] + " -> " + refused);
        }
        assertEquals(0, buyer.api().get("/api/demands?mine=true").object().getInt("total"), "nothing was created");
        assertTrue(buyer.api().post("/api/demands", with(demand(), "allowPartial", "yes")).isProblem(400));
        assertTrue(Fixtures.verifiedCooperative(api).api().post("/api/demands", demand()).isProblem(403));
        assertTrue(api.post("/api/demands", demand()).isProblem(401));
    }

    @Test
    void defaultsAndBadQueries() {
        Fixtures.TestAccount buyer = Fixtures.buyer(api);
        JsonObject minimal = with(with(with(demand(), "minGrade", null), "certifications", null), "allowPartial", null);
        ApiClient.Response posted = buyer.api().post("/api/demands", minimal);
        assertEquals(201, posted.status(), posted::toString);
        assertEquals("STANDARD", posted.object().getString("minGrade"));
        assertTrue(posted.object().getBoolean("allowPartial"));
        assertTrue(api.get("/api/demands?status=LOST").isProblem(422));
        assertTrue(api.get("/api/demands?product=durian").isProblem(422));
        assertTrue(api.get("/api/demands?page=-1").isProblem(422));
        assertTrue(api.get("/api/demands/xyz").isProblem(400));
        assertTrue(api.get("/api/demands/987654321").isProblem(404));
    }
}
