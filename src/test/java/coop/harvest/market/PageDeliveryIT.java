package coop.harvest.market;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.Fixtures;
import coop.harvest.it.Fixtures.TestAccount;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * How pages and their files travel (black box over HTTP): text gzipped for clients that accept it and only for them,
 * with {@code Vary: Accept-Encoding}; images and the event stream never; versioned Faces resources cached for a
 * year as immutable, pages not; the public home and listing pages load no PrimeFaces script, and a form on a page
 * without it still posts (PrimeFaces' CSP nonce is in the form).
 */
class PageDeliveryIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final Pattern STYLESHEET = Pattern.compile("href=\"(/jakarta\\.faces\\.resource/css/layout\\.css[^\"]*)\"");

    private final MarketServer server = MarketServer.get();

    @Test
    void pagesStylesheetsScriptsAndJsonAreGzippedOnlyWhenAccepted() throws Exception {
        HttpResponse<byte[]> page = get("/", true);
        assertEquals(200, page.statusCode());
        assertEquals("gzip", header(page, "Content-Encoding"));
        assertTrue(header(page, "Vary").contains("Accept-Encoding"), header(page, "Vary"));
        String html = gunzip(page.body());
        assertTrue(html.contains("</html>"), "the whole page arrives");
        assertFalse(String.valueOf(header(page, "Cache-Control")).contains("immutable"), "a page is not immutable");

        HttpResponse<byte[]> plain = get("/", false);
        assertNull(header(plain, "Content-Encoding"), "no compression without Accept-Encoding");
        assertTrue(header(plain, "Vary").contains("Accept-Encoding"));
        assertTrue(new String(plain.body(), StandardCharsets.UTF_8).contains("</html>"));

        Matcher css = STYLESHEET.matcher(html);
        assertTrue(css.find(), "the page links the layout stylesheet");
        String cssUrl = css.group(1).replace("&amp;", "&");
        assertTrue(cssUrl.contains("v="), "the application's resources are versioned: " + cssUrl);
        HttpResponse<byte[]> stylesheet = get(cssUrl, true);
        assertEquals("gzip", header(stylesheet, "Content-Encoding"));
        assertEquals(IMMUTABLE, header(stylesheet, "Cache-Control"));
        assertTrue(gunzip(stylesheet.body()).contains(".site-header"));
        HttpResponse<byte[]> plainStylesheet = get(cssUrl, false);
        assertNull(header(plainStylesheet, "Content-Encoding"));
        assertEquals(IMMUTABLE, header(plainStylesheet, "Cache-Control"));

        String script = "/jakarta.faces.resource/core.js.xhtml?ln=primefaces&v=15.0.13";
        HttpResponse<byte[]> js = get(script, true);
        assertEquals("gzip", header(js, "Content-Encoding"));
        assertEquals(IMMUTABLE, header(js, "Cache-Control"));
        byte[] identity = get(script, false).body();
        assertArrayEquals(identity, gunzip(js.body()).getBytes(StandardCharsets.UTF_8),
                "the gzipped script is the same script");
        assertTrue(js.body().length * 2 < identity.length, "compression at least halves a script");

        // the catalogue: JSON well above the size below which compression is not worth it
        HttpResponse<byte[]> json = get("/api/products", true);
        assertEquals(200, json.statusCode());
        assertEquals("gzip", header(json, "Content-Encoding"));
        assertTrue(gunzip(json.body()).startsWith("["));
    }

    @Test
    void imagesAndUnversionedAddressesAreNotTreatedAsText() throws Exception {
        HttpResponse<byte[]> png = get("/jakarta.faces.resource/rating/rating.png.xhtml?ln=primefaces&v=15.0.13", true);
        assertEquals(200, png.statusCode());
        assertNull(header(png, "Content-Encoding"), "an image is sent as it is");
        assertEquals(IMMUTABLE, header(png, "Cache-Control"));
        assertEquals((byte) 0x89, png.body()[0], "PNG signature intact");

        HttpResponse<byte[]> missing = get("/jakarta.faces.resource/css/none.css.xhtml?v=1", true);
        assertEquals(404, missing.statusCode());
        assertFalse(String.valueOf(header(missing, "Cache-Control")).contains("immutable"), "no year-long 404");
    }

    @Test
    void theEventStreamIsNeverCompressed() throws Exception {
        TestAccount buyer = Fixtures.buyer(server.api());
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/notifications/stream"))
                .header("Authorization", "Bearer " + buyer.token()).header("Accept", "text/event-stream")
                .header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(60)).build();
        HttpResponse<InputStream> stream = HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                .get(60, TimeUnit.SECONDS);
        try (InputStream body = stream.body()) {
            assertEquals(200, stream.statusCode());
            assertTrue(header(stream, "Content-Type").startsWith("text/event-stream"));
            assertNull(header(stream, "Content-Encoding"), "events leave at once, uncompressed");
        }
    }

    @Test
    void publicPagesWithoutWidgetsLoadNoPrimeFacesScriptButTheMarketChartDoes() throws Exception {
        String home = new String(get("/", false).body(), StandardCharsets.UTF_8);
        assertFalse(home.contains("components.js"), "the home page needs no PrimeFaces widgets");
        assertFalse(home.contains("theme.css"), "nor PrimeFaces' theme");
        String market = new String(get("/market.xhtml", false).body(), StandardCharsets.UTF_8);
        assertTrue(market.contains("components.js"), "the market page's chart and date pickers keep PrimeFaces");
    }

    @Test
    void aFormOnAPageWithoutPrimeFacesScriptWorksWithoutJavaScript() throws Exception {
        // PrimeFaces (primefaces.CSP) rejects a postback without its nonce; its script, which would add the field,
        // is not on the sign-in page, so the form itself must carry it, again after a failed attempt
        TestAccount buyer = Fixtures.buyer(server.api());
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/login.xhtml"))
                .header("Accept-Language", "zh-CN").timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains("core.js"), "the sign-in page loads no PrimeFaces script");

        HttpResponse<String> failed = signIn(client, page.body(), buyer.username(), "not-the-password");
        assertEquals(200, failed.statusCode(), failed::body);
        assertTrue(failed.body().contains("用户名或密码错误"), "the failure is told on the page");

        HttpResponse<String> signedIn = signIn(client, failed.body(), buyer.username(), Fixtures.PASSWORD);
        assertEquals(302, signedIn.statusCode(), signedIn::body);
        assertTrue(signedIn.headers().firstValue("Location").orElse("").contains("/buyer/"),
                signedIn.headers().toString());
    }

    /** Posts the page's sign-in form as a browser without JavaScript would: its hidden fields and the button. */
    private HttpResponse<String> signIn(HttpClient client, String html, String username, String password)
            throws IOException, InterruptedException {
        int start = html.indexOf("<form id=\"login\"");
        assertTrue(start >= 0, "the page has the sign-in form");
        String form = html.substring(start, html.indexOf("</form>", start));
        Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(form);
        assertTrue(action.find());
        String nonce = hidden(form, "primefaces.nonce");
        assertNotNull(nonce, "the form carries PrimeFaces' CSP nonce");
        String body = String.join("&", field("login", "login"), field("login:next", ""),
                field("login:username", username), field("login:password", password), field("login:submit", "x"),
                field("jakarta.faces.ViewState", hidden(form, "jakarta.faces.ViewState")),
                field("primefaces.nonce", nonce));
        return client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "zh-CN")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String hidden(String form, String name) {
        Matcher input = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(form);
        if (!input.find()) {
            return null;
        }
        Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
        return value.find() ? value.group(1) : "";
    }

    private static String field(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    private HttpResponse<byte[]> get(String path, boolean gzip) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .timeout(Duration.ofSeconds(60));
        if (gzip) {
            request.header("Accept-Encoding", "gzip, deflate, br");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static String gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
