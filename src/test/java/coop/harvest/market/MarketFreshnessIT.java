package coop.harvest.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Fixtures;
import coop.harvest.it.Fixtures.TestAccount;
import coop.harvest.it.HarvestServer;
import coop.harvest.it.Trades;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The market's aggregates and public searches are cached (5 s by default), yet whoever trades sees the effect at
 * once: every write to listings, demands and orders on this instance invalidates the cached answers. So do the
 * pages visitors see most (home, listing), which are kept whole between changes.
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

    @Test
    void aVisitorsListingPageShowsAnOrderAtOnceAndEachViewCarriesANonceOfItsOwn() throws Exception {
        String product = Trades.product(anonymous, "页面新鲜度", "Page freshness");
        TestAccount coop = Fixtures.verifiedCooperative(anonymous);
        TestAccount buyer = Fixtures.buyer(anonymous);
        long listing = Trades.id(Trades.listing(coop, product, "6.40", "80", "页面新鲜度测试"));
        String path = "/listing.xhtml?id=" + listing;

        HttpResponse<String> first = page(path, "en");
        HttpResponse<String> again = page(path, "en");
        String nonce = nonceOf(first);
        String nonceAgain = nonceOf(again);
        assertNotEquals(nonce, nonceAgain, "every view has a nonce of its own, also a page served again");
        assertEquals(first.body().replace(nonce, "NONCE"), again.body().replace(nonceAgain, "NONCE"),
                "otherwise the same page");
        assertTrue(available(first.body()).startsWith("80"), available(first.body()));

        Trades.id(Trades.order(buyer, listing, "12.5"));
        String afterOrder = page(path, "en").body();
        assertTrue(available(afterOrder).startsWith("67.5"), "the order shows at once: " + available(afterOrder));

        assertTrue(page(path, "zh").body().contains("lang=\"zh-CN\""), "the visitor's language");
        assertTrue(page(path, "en").body().contains("lang=\"en\""), "and the other visitor's");

        // the language switch of a page served again: its nonce is the one PrimeFaces checks, and the
        // listing page takes the switch's post (which carries no id) back to the same listing
        HttpResponse<String> switched = switchLanguage(again);
        assertEquals(302, switched.statusCode(), switched::body);
        assertTrue(switched.headers().firstValue("Location").orElse("").endsWith(path),
                switched.headers().toString());
        assertTrue(switched.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("harvest-lang=zh")),
                switched.headers().toString());
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern POLICY_NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");
    private static final Pattern PAGE_NONCE = Pattern.compile("(?:nonce=\"|name=\"primefaces\\.nonce\" value=\")([^\"]*)\"");

    private HttpResponse<String> page(String path, String language) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Cookie", "harvest-lang=" + language).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return response;
    }

    /** The response's CSP nonce, after checking that every script and form on the page carries exactly it. */
    private static String nonceOf(HttpResponse<String> page) {
        Matcher policy = POLICY_NONCE.matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(policy.find(), "the policy names a nonce");
        String nonce = policy.group(1);
        Matcher used = PAGE_NONCE.matcher(page.body());
        int count = 0;
        while (used.find()) {
            assertEquals(nonce, used.group(1), "a script or form with another nonce than the policy's");
            count++;
        }
        assertTrue(count >= 2, "scripts and the preferences form carry the nonce: " + count);
        return nonce;
    }

    private static String available(String html) {
        Matcher matcher = Pattern.compile("<dd>([^<]*) kg</dd>").matcher(html);
        assertTrue(matcher.find(), "the page shows the quantity available");
        return matcher.group(1);
    }

    private HttpResponse<String> switchLanguage(HttpResponse<String> page) throws Exception {
        Matcher form = Pattern.compile("<form id=\"prefs\".*?</form>", Pattern.DOTALL).matcher(page.body());
        assertTrue(form.find(), "the page has the preferences form");
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" (?:id=\"[^\"]*\" )?value=\"([^\"]*)\"")
                .matcher(form.group());
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
        }
        fields.put("prefs", "prefs");
        fields.put("prefs:lang-zh", "中文");
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/listing.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", base())
                .header("Cookie", "harvest-lang=en").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String base() {
        return HarvestServer.shared().baseUrl();
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
