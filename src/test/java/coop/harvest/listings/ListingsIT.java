package coop.harvest.listings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import coop.harvest.it.Answers;
import coop.harvest.it.ApiClient;
import coop.harvest.it.Fixtures;
import coop.harvest.it.HarvestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Supply listings over HTTP: the journey, visibility by role and status, versions and ownership. */
class ListingsIT {

    private final ApiClient api = HarvestServer.shared().api();

    @Test
    void everyPageOfASearchCountsAllItsMatchesInPriceOrder() {
        Fixtures.TestAccount coop = Fixtures.verifiedCooperative(api);
        String word = "翻页" + Fixtures.unique("p").replace("-", "");
        for (String price : List.of("81.00", "82.00", "83.00", "84.00", "85.00")) {
            ApiClient.Response created = coop.api().post("/api/listings", ListingJson.with(
                    ListingJson.valid("溆浦县金银花 " + word), "unitPrice", new BigDecimal(price)));
            assertEquals(201, created.status(), created::toString);
        }
        String search = "/api/listings?q=" + enc(word) + "&sort=price&size=2&page=";
        List<String> prices = new java.util.ArrayList<>();
        for (int page = 0; page < 4; page++) {
            JsonObject found = api.get(search + page).object();
            // full pages, the last partial one and one past the end all give the whole count
            assertEquals(5, found.getInt("total"), "page " + page + ": " + found);
            assertEquals(List.of(2, 2, 1, 0).get(page), found.getJsonArray("items").size(), found::toString);
            found.getJsonArray("items").getValuesAs(JsonObject.class)
                    .forEach(l -> prices.add(l.getJsonNumber("unitPrice").bigDecimalValue().toPlainString()));
        }
        assertEquals(List.of("81.00", "82.00", "83.00", "84.00", "85.00"), prices);
        assertEquals(5, api.get("/api/listings?q=" + enc(word) + "&size=20").object().getInt("total"));
    }

    @Test
    void verifiedCooperativeCreatesSearchesEditsAndWithdraws() {
        Fixtures.TestAccount coop = Fixtures.verifiedCooperative(api);
        String word = "诗成" + Fixtures.unique("x").replace("-", "");
        String description = "溆浦县 1600 亩基地，" + word + " 头茬金银花，<b>手工</b>采摘 & 晒干";
        ApiClient.Response created = coop.api().post("/api/listings", ListingJson.valid(description));
        assertEquals(201, created.status(), created::toString);
        JsonObject listing = created.object();
        long id = listing.getJsonNumber("id").longValue();
        assertTrue(created.header("Location").endsWith("/api/listings/" + id), created.header("Location"));
        assertEquals("ACTIVE", listing.getString("status"), "a verified cooperative's listing is live at once");
        assertEquals(description, listing.getString("description"), "Chinese text and markup round-trip as text");
        assertEquals(coop.cooperativeId(), listing.getJsonObject("cooperative").getJsonNumber("id").longValue());
        assertTrue(listing.getJsonObject("cooperative").getBoolean("verified"));
        assertEquals(0, new BigDecimal("500").compareTo(listing.getJsonNumber("available").bigDecimalValue()));
        assertEquals(new BigDecimal("86.50"), listing.getJsonNumber("unitPrice").bigDecimalValue());
        assertEquals(List.of("GEOGRAPHICAL_INDICATION"), listing.getJsonArray("certifications").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("溆浦县", listing.getString("county"));
        assertNotNull(listing.getString("createdAt"));

        JsonObject found = api.get("/api/listings?q=" + enc(word)).object();
        assertEquals(1, found.getInt("total"), found::toString);
        assertEquals(id, found.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(1, api.get("/api/listings?q=" + enc("金银花 " + word)).object().getInt("total"),
                "every word must match, Chinese product name included");
        assertEquals(1, api.get("/api/listings?q=" + enc("HONEYSUCKLE " + word)).object().getInt("total"),
                "the English product name matches case-insensitively");
        assertEquals(0, api.get("/api/listings?q=" + enc("猕猴桃 " + word)).object().getInt("total"));

        ApiClient.Response detail = api.get("/api/listings/" + id);
        assertEquals(200, detail.status());
        Answers.assertStoredAs(listing, coop.api().get("/api/listings/" + id).object());
        long version = detail.object().getJsonNumber("version").longValue();

        JsonObject change = ListingJson.with(ListingJson.edit(detail.object()), "unitPrice", new BigDecimal("79.00"));
        ApiClient.Response edited = coop.api().withHeader("If-Match", "\"" + version + "\"")
                .put("/api/listings/" + id, change);
        assertEquals(200, edited.status(), edited::toString);
        assertEquals(new BigDecimal("79.00"), edited.object().getJsonNumber("unitPrice").bigDecimalValue());
        assertTrue(edited.object().getJsonNumber("version").longValue() > version);
        Answers.assertStoredAs(edited.object(), coop.api().get("/api/listings/" + id).object());

        ApiClient.Response stale = coop.api().withHeader("If-Match", "\"" + version + "\"")
                .put("/api/listings/" + id, change);
        assertTrue(stale.isProblem(412), stale::toString);

        ApiClient.Response withdrawn = coop.api().post("/api/listings/" + id + "/withdraw", "");
        assertEquals(200, withdrawn.status(), withdrawn::toString);
        assertEquals("WITHDRAWN", withdrawn.object().getString("status"));
        assertTrue(api.get("/api/listings/" + id).isProblem(404), "the public no longer sees it");
        assertEquals(200, coop.api().get("/api/listings/" + id).status(), "its owner still does");
        assertTrue(coop.api().post("/api/listings/" + id + "/withdraw", "").isProblem(409));
        assertTrue(coop.api().put("/api/listings/" + id, change).isProblem(409), "a withdrawn listing is final");
        assertEquals(0, api.get("/api/listings?q=" + enc(word)).object().getInt("total"));
    }

    @Test
    void unverifiedCooperativesListingWaitsForReviewAndIsHidden() {
        Fixtures.TestAccount coop = Fixtures.cooperative(api);
        ApiClient.Response created = coop.api().post("/api/listings", ListingJson.valid("待审核的猕猴桃"));
        assertEquals(201, created.status(), created::toString);
        assertEquals("PENDING_REVIEW", created.object().getString("status"));
        long id = created.object().getJsonNumber("id").longValue();

        assertTrue(api.get("/api/listings/" + id).isProblem(404), "anonymous");
        assertTrue(Fixtures.buyer(api).api().get("/api/listings/" + id).isProblem(404), "buyer");
        assertTrue(Fixtures.verifiedCooperative(api).api().get("/api/listings/" + id).isProblem(404), "other coop");
        assertEquals(200, coop.api().get("/api/listings/" + id).status(), "owner");
        assertEquals(200, Fixtures.staff(api).api().get("/api/listings/" + id).status(), "staff");

        String byCoop = "/api/listings?cooperativeId=" + coop.cooperativeId();
        assertEquals(0, api.get(byCoop).object().getInt("total"));
        assertEquals(1, coop.api().get(byCoop).object().getInt("total"));
        assertEquals(1, coop.api().get(byCoop + "&status=PENDING_REVIEW").object().getInt("total"));
        assertEquals(1, Fixtures.staff(api).api().get(byCoop + "&status=PENDING_REVIEW").object().getInt("total"));
        assertEquals(0, api.get(byCoop + "&status=PENDING_REVIEW").object().getInt("total"));
    }

    @Test
    void everyRuleIsA422NamingItsField() {
        Fixtures.TestAccount coop = Fixtures.verifiedCooperative(api);
        JsonObject valid = ListingJson.valid("规则测试");
        String past = ListingJson.TODAY.minusDays(1).toString();
        Object[][] cases = {
                {"product", "durian"},
                {"quantity", BigDecimal.ZERO},
                {"quantity", new BigDecimal("1000000.001")},
                {"quantity", new BigDecimal("1.0001")},
                {"minOrderQuantity", new BigDecimal("-1")},
                {"minOrderQuantity", new BigDecimal("501")},
                {"unitPrice", BigDecimal.ZERO},
                {"unitPrice", new BigDecimal("12.345")},
                {"availableUntil", past},
                {"availableUntil", ListingJson.TODAY.toString(), "availableFrom", ListingJson.TODAY.plusDays(1).toString()},
                {"county", "北京市"},
                {"description", "茶".repeat(2001)},
                {"grade", "SUPER"},
                {"status", "ACTIVE"},
                {"available", new BigDecimal("5")},
                {"grade", null},
                {"unitPrice", null},
        };
        for (Object[] c : cases) {
            java.util.Map<String, Object> changes = new java.util.HashMap<>();
            for (int i = 0; i < c.length; i += 2) {
                changes.put((String) c[i], c[i + 1]);
            }
            ApiClient.Response refused = coop.api().post("/api/listings", ListingJson.with(valid, changes));
            String expectedField = c.length > 2 ? "availableUntil" : (String) c[0];
            assertTrue(refused.isProblem(422), () -> changes + " -> " + refused);
            assertTrue(refused.errorFields().contains(expectedField), () -> changes + " -> " + refused);
        }
        assertEquals(0, coop.api().get("/api/listings?cooperativeId=" + coop.cooperativeId()).object().getInt("total"),
                "nothing was created");
        assertTrue(coop.api().send("POST", "/api/listings", "{\"product\": ", "application/json").isProblem(400));
        assertTrue(coop.api().post("/api/listings", ListingJson.with(valid, "quantity", "many")).isProblem(400));
    }

    @Test
    void editsFollowTheSameRules() {
        Fixtures.TestAccount coop = Fixtures.verifiedCooperative(api);
        JsonObject listing = coop.api().post("/api/listings", ListingJson.valid("编辑规则")).object();
        long id = listing.getJsonNumber("id").longValue();
        JsonObject edit = ListingJson.edit(listing);
        ApiClient.Response refused = coop.api().put("/api/listings/" + id,
                ListingJson.with(edit, "minOrderQuantity", new BigDecimal("600")));
        assertTrue(refused.isProblem(422), refused::toString);
        assertEquals(List.of("minOrderQuantity"), refused.errorFields());
        assertTrue(coop.api().put("/api/listings/" + id, ListingJson.with(edit, "status", "SOLD_OUT")).isProblem(422));
        assertTrue(coop.api().put("/api/listings/" + id,
                ListingJson.with(edit, "availableUntil", ListingJson.TODAY.minusDays(3).toString())).isProblem(422));
        assertEquals(listing.getJsonNumber("version"), api.get("/api/listings/" + id).object().getJsonNumber("version"),
                "refused edits change nothing");
        ApiClient.Response raised = coop.api().withHeader("If-Match", "*").put("/api/listings/" + id,
                ListingJson.with(edit, "quantity", new BigDecimal("800.125")));
        assertEquals(200, raised.status(), raised::toString);
        assertEquals(0, new BigDecimal("800.125").compareTo(raised.object().getJsonNumber("available").bigDecimalValue()));
    }

    @Test
    void onlyTheOwnerChangesAListing() {
        Fixtures.TestAccount owner = Fixtures.verifiedCooperative(api);
        JsonObject listing = owner.api().post("/api/listings", ListingJson.valid("归属测试")).object();
        long id = listing.getJsonNumber("id").longValue();
        JsonObject edit = ListingJson.edit(listing);
        Fixtures.TestAccount other = Fixtures.verifiedCooperative(api);
        assertTrue(other.api().put("/api/listings/" + id, edit).isProblem(403));
        assertTrue(other.api().post("/api/listings/" + id + "/withdraw", "").isProblem(403));
        assertTrue(Fixtures.buyer(api).api().put("/api/listings/" + id, edit).isProblem(403));
        assertTrue(Fixtures.buyer(api).api().post("/api/listings", ListingJson.valid("买家不能发布")).isProblem(403));
        assertTrue(api.put("/api/listings/" + id, edit).isProblem(401));
        assertTrue(api.post("/api/listings/" + id + "/withdraw", "").isProblem(401));
        assertTrue(api.post("/api/listings", ListingJson.valid("匿名")).isProblem(401));
        assertEquals("ACTIVE", api.get("/api/listings/" + id).object().getString("status"));
    }

    @Test
    void searchFiltersSortAndPage() {
        Fixtures.TestAccount coop = Fixtures.verifiedCooperative(api);
        String tag = "筛选" + Fixtures.unique("t").replace("-", "");
        JsonObject base = ListingJson.valid(tag);
        post(coop, ListingJson.with(base, java.util.Map.of("product", "kiwi", "grade", "PREMIUM",
                "unitPrice", new BigDecimal("9.80"), "county", "xupu")));
        post(coop, ListingJson.with(base, java.util.Map.of("product", "kiwi", "grade", "SECOND",
                "unitPrice", new BigDecimal("6.50"), "county", "Zhongfang County")));
        post(coop, ListingJson.with(base, java.util.Map.of("product", "grape", "grade", "FIRST",
                "unitPrice", new BigDecimal("15.00"), "county", "中方县")));
        String q = "/api/listings?q=" + enc(tag);
        assertEquals(3, api.get(q).object().getInt("total"));
        assertEquals(2, api.get(q + "&product=kiwi").object().getInt("total"));
        assertEquals(2, api.get(q + "&county=" + enc("中方县")).object().getInt("total"));
        assertEquals(2, api.get(q + "&minGrade=FIRST").object().getInt("total"));
        assertEquals(2, api.get(q + "&maxPrice=10").object().getInt("total"));
        assertEquals(3, api.get(q + "&certification=GEOGRAPHICAL_INDICATION").object().getInt("total"));
        assertEquals(0, api.get(q + "&certification=ORGANIC").object().getInt("total"));
        JsonObject cheapest = api.get(q + "&sort=price&size=2").object();
        assertEquals(3, cheapest.getInt("total"));
        assertEquals(2, cheapest.getJsonArray("items").size());
        assertEquals(new BigDecimal("6.50"), cheapest.getJsonArray("items").getJsonObject(0)
                .getJsonNumber("unitPrice").bigDecimalValue());
        JsonObject second = api.get(q + "&sort=price&size=2&page=1").object();
        assertEquals(new BigDecimal("15.00"), second.getJsonArray("items").getJsonObject(0)
                .getJsonNumber("unitPrice").bigDecimalValue());
        assertEquals(1, second.getInt("page"));
        assertTrue(api.get(q + "&sort=cheapest").isProblem(422));
        assertTrue(api.get(q + "&product=durian").isProblem(422));
        assertTrue(api.get(q + "&county=" + enc("北京市")).isProblem(422));
        assertTrue(api.get(q + "&minGrade=BEST").isProblem(422));
        assertTrue(api.get(q + "&maxPrice=cheap").isProblem(400));
        assertTrue(api.get(q + "&size=101").isProblem(422));
        assertTrue(api.get("/api/listings/abc").isProblem(400));
        assertTrue(api.get("/api/listings/987654321").isProblem(404));
    }

    @Test
    void listingsOfASuspendedCooperativeDisappearFromThePublic() {
        Fixtures.TestAccount coop = Fixtures.verifiedCooperative(api);
        long id = post(coop, ListingJson.valid("停牌测试"));
        ApiClient.Response suspended = Fixtures.staff(api).api().post(
                "/api/moderation/cooperatives/" + coop.cooperativeId() + "/suspend",
                Json.createObjectBuilder().add("reason", "测试").build());
        assumeTrue(suspended.status() == 200, "cooperative suspension is not merged yet: " + suspended.status());
        assertTrue(api.get("/api/listings/" + id).isProblem(404));
        assertEquals(0, api.get("/api/listings?cooperativeId=" + coop.cooperativeId()).object().getInt("total"));
        assertEquals(200, Fixtures.staff(api).api().get("/api/listings/" + id).status());
    }

    @Test
    void quantityCannotDropBelowWhatIsCommitted() {
        Fixtures.TestAccount coop = Fixtures.verifiedCooperative(api);
        JsonObject listing = coop.api().post("/api/listings", ListingJson.valid("已售数量")).object();
        long id = listing.getJsonNumber("id").longValue();
        ApiClient.Response order = Fixtures.buyer(api).api().post("/api/orders", Json.createObjectBuilder()
                .add("listingId", id).add("quantity", new BigDecimal("120")).build());
        assumeTrue(order.status() == 201, "direct orders are not merged yet: " + order.status());
        JsonObject edit = ListingJson.edit(listing);
        ApiClient.Response refused = coop.api().put("/api/listings/" + id,
                ListingJson.with(edit, "quantity", new BigDecimal("100")));
        assertTrue(refused.isProblem(409), refused::toString);
        ApiClient.Response lowered = coop.api().put("/api/listings/" + id,
                ListingJson.with(edit, "quantity", new BigDecimal("120")));
        assertEquals(200, lowered.status(), lowered::toString);
        assertEquals("SOLD_OUT", lowered.object().getString("status"));
        assertEquals(0, BigDecimal.ZERO.compareTo(lowered.object().getJsonNumber("available").bigDecimalValue()));
    }

    private long post(Fixtures.TestAccount coop, JsonObject body) {
        ApiClient.Response created = coop.api().post("/api/listings", body);
        assertEquals(201, created.status(), created::toString);
        assertFalse(created.object().isEmpty());
        return created.object().getJsonNumber("id").longValue();
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void aHomePageAddressWithAnUnknownCountyOrPriceSaysSoNextToTheField() {
        ApiClient english = api.withHeader("Accept-Language", "en");
        ApiClient.Response page = english.get("/?county=Atlantis&maxPrice=cheap");
        assertEquals(200, page.status(), page::toString);
        String body = page.body();
        assertTrue(body.contains("<span class=\"field-error\" id=\"search:county-error\">Choose a county of Huaihua."),
                "the county error stands next to the county");
        assertTrue(body.contains("id=\"search:maxPrice-error\">Enter a number"), "and the price error next to the price");
        assertTrue(body.contains("id=\"listing-total\">0<"), "nothing is listed for a search that is not understood");
        String cookie = page.header("Set-Cookie");
        assertFalse(cookie != null && cookie.contains("JSESSIONID"), "no session either: " + cookie);
    }
}
