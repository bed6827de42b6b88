package coop.harvest.certificates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.Answers;
import coop.harvest.it.ApiClient;
import coop.harvest.it.Fixtures;
import coop.harvest.it.HarvestServer;
import coop.harvest.media.control.TestImages;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Certificates over HTTP: every status code of the section, scans, staff decisions, the public check, lapses. */
class CertificatesIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private final ApiClient api = HarvestServer.shared().api();

    static JsonObject certificate(String type, String number, String product, LocalDate from, LocalDate until) {
        return Json.createObjectBuilder().add("type", type).add("number", number).add("issuer", "中国绿色食品发展中心")
                .add("products", Json.createArrayBuilder().add(product)).add("validFrom", from.toString())
                .add("validUntil", until.toString()).build();
    }

    static JsonObject valid(String type, String number, String product) {
        return certificate(type, number, product, TODAY.minusMonths(6), TODAY.plusYears(2));
    }

    static long id(ApiClient.Response response) {
        return response.object().getJsonNumber("id").longValue();
    }

    @Test
    void registrationChecksItsRules() {
        Fixtures.TestAccount coop = Fixtures.uncertifiedCooperative(api);
        String number = Fixtures.unique("LB-45-");
        assertEquals(401, api.post("/api/certificates", valid("GREEN_FOOD", number, "kiwi")).status());
        assertTrue(Fixtures.buyer(api).api().post("/api/certificates", valid("GREEN_FOOD", number, "kiwi"))
                .isProblem(403));
        assertTrue(coop.api().post("/api/certificates", "{\"type\": ").isProblem(400));
        ApiClient.Response unknownType = coop.api().post("/api/certificates", valid("HALAL", number, "kiwi"));
        assertTrue(unknownType.isProblem(422), unknownType::toString);
        assertEquals(List.of("type"), unknownType.errorFields());
        ApiClient.Response unknownProduct = coop.api().post("/api/certificates", valid("ORGANIC", number, "durian"));
        assertTrue(unknownProduct.isProblem(422), unknownProduct::toString);
        assertEquals(List.of("products"), unknownProduct.errorFields());
        ApiClient.Response blank = coop.api().post("/api/certificates", Json.createObjectBuilder(
                valid("ORGANIC", " ", "kiwi")).add("issuer", "").build());
        assertTrue(blank.isProblem(422), blank::toString);
        assertEquals(List.of("issuer", "number"), blank.errorFields().stream().sorted().toList());
        ApiClient.Response backwards = coop.api().post("/api/certificates",
                certificate("ORGANIC", number, "kiwi", TODAY, TODAY.minusDays(1)));
        assertEquals(List.of("validUntil"), backwards.errorFields(), backwards::toString);
        ApiClient.Response lastYear = coop.api().post("/api/certificates",
                certificate("ORGANIC", number, "kiwi", TODAY.minusYears(3), TODAY.minusYears(1)));
        assertTrue(lastYear.isProblem(422), lastYear::toString);
        assertEquals(List.of("validUntil"), lastYear.errorFields());
        ApiClient.Response readOnly = coop.api().post("/api/certificates", Json.createObjectBuilder(
                valid("ORGANIC", number, "kiwi")).add("status", "APPROVED").build());
        assertTrue(readOnly.isProblem(422), readOnly::toString);

        ApiClient.Response created = coop.api().post("/api/certificates", valid("GREEN_FOOD", number, "kiwi"));
        assertEquals(201, created.status(), created::toString);
        JsonObject c = created.object();
        Answers.assertStoredAs(c, coop.api().get("/api/certificates/" + c.getJsonNumber("id").longValue()).object());
        assertEquals("PENDING", c.getString("status"));
        assertEquals("GREEN_FOOD", c.getString("type"));
        assertEquals(number, c.getString("number"));
        assertEquals(coop.cooperativeId().longValue(), c.getJsonObject("cooperative").getJsonNumber("id").longValue());
        assertFalse(c.getBoolean("hasDocument"));
        assertFalse(c.containsKey("reason"));
        assertTrue(c.containsKey("createdAt") && c.containsKey("version"));
        assertTrue(created.header("Location").endsWith("/api/certificates/" + c.getJsonNumber("id")));

        ApiClient.Response again = Fixtures.uncertifiedCooperative(api).api().post("/api/certificates",
                valid("GREEN_FOOD", number, "grape"));
        assertTrue(again.isProblem(409), "the same type and number, by another cooperative: " + again);
        assertEquals(201, coop.api().post("/api/certificates", valid("ORGANIC", number, "kiwi")).status(),
                "another type may share the number");
    }

    @Test
    void scansAreCheckedAndShownToTheHolderAndStaffOnly() throws Exception {
        Fixtures.TestAccount coop = Fixtures.uncertifiedCooperative(api);
        long id = id(coop.api().post("/api/certificates", valid("ORGANIC", Fixtures.unique("OFDC-"), "kiwi")));
        String path = "/api/certificates/" + id + "/document";
        assertEquals(401, put(null, path, "application/pdf", PDF).statusCode());
        assertEquals(404, put(Fixtures.uncertifiedCooperative(api).token(), path, "application/pdf", PDF).statusCode());
        assertEquals(403, put(Fixtures.staff(api).token(), path, "application/pdf", PDF).statusCode());
        assertEquals(404, put(coop.token(), "/api/certificates/999999999/document", "application/pdf", PDF)
                .statusCode());
        assertEquals(415, put(coop.token(), path, "image/gif", PDF).statusCode());
        assertEquals(415, put(coop.token(), path, "application/octet-stream", PDF).statusCode());
        HttpResponse<byte[]> pdfAsPng = put(coop.token(), path, "image/png", PDF);
        assertEquals(422, pdfAsPng.statusCode());
        assertTrue(pdfAsPng.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        byte[] exe = new byte[70_000];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertEquals(422, put(coop.token(), path, "image/jpeg", exe).statusCode(), "a renamed .exe");
        assertEquals(413, put(coop.token(), path, "application/pdf", Arrays.copyOf(PDF, 6 * 1024 * 1024))
                .statusCode());
        assertEquals(404, get(coop.token(), path).statusCode(), "nothing stored by refused uploads");

        byte[] scan = Arrays.copyOf(PDF, 2 * 1024 * 1024);
        assertEquals(204, put(coop.token(), path, "application/pdf", scan).statusCode(), "over 1 MiB is fine");
        HttpResponse<byte[]> mine = get(coop.token(), path);
        assertEquals(200, mine.statusCode());
        assertTrue(mine.headers().firstValue("Content-Type").orElseThrow().startsWith("application/pdf"));
        assertArrayEquals(scan, mine.body());
        assertEquals(200, get(Fixtures.staff(api).token(), path).statusCode());
        assertEquals(404, get(Fixtures.uncertifiedCooperative(api).token(), path).statusCode());
        assertEquals(404, get(Fixtures.buyer(api).token(), path).statusCode());
        assertEquals(401, get(null, path).statusCode());
        assertTrue(coop.api().get("/api/certificates/" + id).object().getBoolean("hasDocument"));

        assertEquals(204, put(coop.token(), path, "image/png", PNG).statusCode(), "a scan is replaced");
        assertTrue(get(coop.token(), path).headers().firstValue("Content-Type").orElseThrow().startsWith("image/png"));
    }

    @Test
    void listsAndOneCertificateFollowVisibility() {
        Fixtures.TestAccount coop = Fixtures.uncertifiedCooperative(api);
        Fixtures.TestAccount other = Fixtures.uncertifiedCooperative(api);
        long id = id(coop.api().post("/api/certificates", valid("POLLUTION_FREE", Fixtures.unique("WGH-"), "kiwi")));
        assertEquals(401, api.get("/api/certificates").status());
        assertEquals(401, api.get("/api/certificates/" + id).status());
        assertEquals(200, coop.api().get("/api/certificates/" + id).status());
        assertEquals(200, Fixtures.staff(api).api().get("/api/certificates/" + id).status());
        assertTrue(other.api().get("/api/certificates/" + id).isProblem(404));
        assertTrue(coop.api().get("/api/certificates/999999999").isProblem(404));
        assertTrue(coop.api().get("/api/certificates/abc").isProblem(400));
        ApiClient.Response mine = coop.api().get("/api/certificates?status=PENDING");
        assertEquals(200, mine.status(), mine::toString);
        assertEquals(1, mine.object().getInt("total"));
        assertEquals(0, other.api().get("/api/certificates").object().getInt("total"));
        assertEquals(0, coop.api().get("/api/certificates?status=APPROVED").object().getInt("total"));
        assertTrue(coop.api().get("/api/certificates?status=FOO").isProblem(422));
        assertTrue(coop.api().get("/api/certificates?size=1000").isProblem(422));
        assertTrue(Fixtures.staff(api).api().get("/api/certificates?status=PENDING&size=100").object()
                .getInt("total") >= 1);
    }

    @Test
    void staffDecideAuditedAndThePublicChecksTheNumber() {
        Fixtures.TestAccount coop = Fixtures.uncertifiedCooperative(api);
        Fixtures.TestAccount staff = Fixtures.staff(api);
        String number = Fixtures.unique("LB-");
        long id = id(coop.api().post("/api/certificates", valid("GREEN_FOOD", number, "kiwi")));
        assertTrue(api.get("/api/certificates/verify?number=" + number).array().isEmpty(), "pending stays private");
        JsonArray queued = staff.api().get("/api/moderation/queue").object().getJsonArray("certificates");
        assertTrue(queued.getValuesAs(JsonObject.class).stream().anyMatch(c -> c.getJsonNumber("id").longValue() == id));

        String base = "/api/moderation/certificates/" + id;
        assertEquals(401, api.post(base + "/approve", "").status());
        assertTrue(coop.api().post(base + "/approve", "").isProblem(403));
        assertTrue(staff.api().post("/api/moderation/certificates/999999999/approve", "").isProblem(404));
        assertTrue(staff.api().post(base + "/revoke", "{\"reason\":\"伪造\"}").isProblem(409), "pending: not revocable");
        assertTrue(staff.api().post(base + "/reject", "{}").isProblem(422));
        assertTrue(staff.api().post(base + "/reject", "{\"reason\":\" \"}").isProblem(422));
        ApiClient.Response approved = staff.api().post(base + "/approve", "");
        assertEquals(200, approved.status(), approved::toString);
        assertEquals("APPROVED", approved.object().getString("status"));
        assertTrue(staff.api().post(base + "/approve", "").isProblem(409));
        assertTrue(staff.api().post(base + "/reject", "{\"reason\":\"x\"}").isProblem(409));
        assertTrue(coop.api().get("/api/notifications").body().contains(number));

        ApiClient.Response verified = api.get("/api/certificates/verify?number=" + number);
        assertEquals(200, verified.status(), verified::toString);
        JsonObject shown = verified.array().getJsonObject(0);
        assertEquals("APPROVED", shown.getString("status"));
        assertEquals("中国绿色食品发展中心", shown.getString("issuer"));
        assertEquals(List.of("kiwi"), shown.getJsonArray("products").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertTrue(shown.getJsonObject("cooperative").getString("name").startsWith("测试合作社"));
        assertFalse(verified.body().contains("\"reason\"") || verified.body().contains("hasDocument"));
        assertTrue(api.get("/api/certificates/verify?number=NO-SUCH-NUMBER").array().isEmpty());
        assertTrue(api.get("/api/certificates/verify").array().isEmpty());

        assertTrue(staff.api().post(base + "/revoke", "{}").isProblem(422));
        ApiClient.Response revoked = staff.api().post(base + "/revoke", "{\"reason\":\"抽检不合格\"}");
        assertEquals(200, revoked.status(), revoked::toString);
        assertEquals("REVOKED", revoked.object().getString("status"));
        assertEquals("抽检不合格", revoked.object().getString("reason"));
        assertTrue(staff.api().post(base + "/revoke", "{\"reason\":\"again\"}").isProblem(409));
        assertEquals("REVOKED", api.get("/api/certificates/verify?number=" + URLEncoder.encode(number,
                StandardCharsets.UTF_8)).array().getJsonObject(0).getString("status"));
        String audit = staff.api().get("/api/moderation/audit?targetType=CERTIFICATE&targetId=" + id).body();
        assertTrue(audit.contains("CERTIFICATE_APPROVED") && audit.contains("CERTIFICATE_REVOKED"), audit);
        assertTrue(coop.api().get("/api/notifications").body().contains("抽检不合格"));

        String rejectedNumber = Fixtures.unique("LB-");
        long rejected = id(coop.api().post("/api/certificates", valid("GREEN_FOOD", rejectedNumber, "kiwi")));
        ApiClient.Response no = staff.api().post("/api/moderation/certificates/" + rejected + "/reject",
                "{\"reason\":\"扫描件不清晰\"}");
        assertEquals(200, no.status(), no::toString);
        assertEquals("REJECTED", no.object().getString("status"));
        assertTrue(api.get("/api/certificates/verify?number=" + rejectedNumber).array().isEmpty());
        assertEquals(201, coop.api().post("/api/certificates", valid("GREEN_FOOD", rejectedNumber, "kiwi")).status(),
                "a rejected number may be registered again");
    }

    @Test
    void revocationStripsACertificationSoMatchingSkipsThatListingButNotAnotherBackedOne() {
        Fixtures.TestAccount staff = Fixtures.staff(api);
        String product = coop.harvest.it.Trades.product(api, "有机猕猴桃", "Organic kiwi");
        Fixtures.TestAccount first = verified(Fixtures.uncertifiedCooperative(api));
        Fixtures.TestAccount second = verified(Fixtures.uncertifiedCooperative(api));
        JsonObject listing = Json.createObjectBuilder().add("product", product).add("grade", "FIRST")
                .add("certifications", Json.createArrayBuilder().add("ORGANIC"))
                .add("quantity", new java.math.BigDecimal("500")).add("minOrderQuantity", new java.math.BigDecimal("1"))
                .add("unitPrice", new java.math.BigDecimal("9.00")).add("county", "溆浦县")
                .add("availableFrom", TODAY.toString()).add("availableUntil", TODAY.plusDays(30).toString())
                .add("description", "有机猕猴桃").build();
        ApiClient.Response unbacked = first.api().post("/api/listings", listing);
        assertTrue(unbacked.isProblem(422), unbacked::toString);
        assertEquals(List.of("certifications"), unbacked.errorFields());

        String firstNumber = Fixtures.unique("OFDC-A-");
        long firstCertificate = id(first.api().post("/api/certificates", valid("ORGANIC", firstNumber, product)));
        assertEquals(200, staff.api().post("/api/moderation/certificates/" + firstCertificate + "/approve", "")
                .status());
        String secondNumber = Fixtures.unique("OFDC-B-");
        long secondCertificate = id(second.api().post("/api/certificates", valid("ORGANIC", secondNumber, product)));
        assertEquals(200, staff.api().post("/api/moderation/certificates/" + secondCertificate + "/approve", "")
                .status());
        ApiClient.Response firstListing = first.api().post("/api/listings", listing);
        assertEquals(201, firstListing.status(), firstListing::toString);
        long l1 = id(firstListing);
        JsonObject backing = firstListing.object().getJsonArray("certificates").getJsonObject(0);
        assertEquals(firstNumber, backing.getString("number"));
        assertEquals("ORGANIC", backing.getString("type"));
        assertTrue(backing.containsKey("validUntil"));
        long l2 = id(second.api().post("/api/listings", Json.createObjectBuilder(listing)
                .add("unitPrice", new java.math.BigDecimal("9.50")).build()));
        // search results carry each listing's own backing certificate (a page reads them in one go)
        java.util.Map<Long, String> numbers = new java.util.HashMap<>();
        for (jakarta.json.JsonValue item : api.get("/api/listings?size=50&product=" + product).object()
                .getJsonArray("items")) {
            JsonObject found = item.asJsonObject();
            numbers.put(found.getJsonNumber("id").longValue(),
                    found.getJsonArray("certificates").getJsonObject(0).getString("number"));
        }
        assertEquals(java.util.Map.of(l1, firstNumber, l2, secondNumber), numbers);
        // staff acting on a listing see what backs its claims, as everyone does (API.md: the updated resource)
        JsonObject suspended = staff.api().post("/api/moderation/listings/" + l2 + "/suspend",
                "{\"reason\": \"核对证书\"}").object();
        assertEquals(secondNumber, suspended.getJsonArray("certificates").getJsonObject(0).getString("number"),
                suspended::toString);
        assertEquals(200, staff.api().post("/api/moderation/listings/" + l2 + "/reinstate", "").status());
        ApiClient.Response putUnbacked = first.api().put("/api/listings/" + l1, Json.createObjectBuilder()
                .add("unitPrice", new java.math.BigDecimal("9.00")).add("quantity", new java.math.BigDecimal("500"))
                .add("minOrderQuantity", new java.math.BigDecimal("1")).add("description", "有机猕猴桃")
                .add("availableFrom", TODAY.toString()).add("availableUntil", TODAY.plusDays(30).toString())
                .add("certifications", Json.createArrayBuilder().add("ORGANIC").add("GREEN_FOOD")).build());
        assertTrue(putUnbacked.isProblem(422), putUnbacked::toString);
        assertEquals(List.of("certifications"), putUnbacked.errorFields());

        ApiClient.Response revoked = staff.api().post("/api/moderation/certificates/" + firstCertificate + "/revoke",
                "{\"reason\":\"抽检发现农药残留\"}");
        assertEquals(200, revoked.status(), revoked::toString);
        JsonObject stripped = api.get("/api/listings/" + l1).object();
        assertTrue(stripped.getJsonArray("certifications").isEmpty(), stripped::toString);
        assertTrue(stripped.getJsonArray("certificates").isEmpty());
        assertEquals("ORGANIC", api.get("/api/listings/" + l2).object().getJsonArray("certifications")
                .getString(0), "the other cooperative's certificate still backs its listing");
        assertTrue(first.api().get("/api/notifications").body().contains("抽检发现农药残留"));
        String audit = staff.api().get("/api/moderation/audit?targetType=LISTING&targetId=" + l1).body();
        assertTrue(audit.contains("LISTING_CERTIFICATION_REMOVED"), audit);
        assertFalse(api.get("/api/listings?certification=ORGANIC&product=" + product).body()
                .contains("\"id\":" + l1 + ","), "search treats it as without the certification");

        Fixtures.TestAccount buyer = Fixtures.buyer(api);
        ApiClient.Response demand = buyer.api().post("/api/demands", Json.createObjectBuilder()
                .add("product", product).add("minGrade", "FIRST")
                .add("certifications", Json.createArrayBuilder().add("ORGANIC"))
                .add("quantity", new java.math.BigDecimal("100")).add("maxUnitPrice", new java.math.BigDecimal("10.00"))
                .add("deliveryCounty", "鹤城区").add("neededBy", TODAY.plusDays(20).toString())
                .add("allowPartial", true).build());
        assertEquals(201, demand.status(), demand::toString);
        assertEquals(0, new java.math.BigDecimal("500").compareTo(api.get("/api/listings/" + l1).object()
                .getJsonNumber("available").bigDecimalValue()), "the cheaper, stripped listing is not matched");
        assertEquals(0, new java.math.BigDecimal("400").compareTo(api.get("/api/listings/" + l2).object()
                .getJsonNumber("available").bigDecimalValue()), "the backed listing is matched");
    }

    @Test
    void expiryStripsACertificationSoMatchingSkipsThatListingButNotAnotherBackedOne() {
        Fixtures.TestAccount staff = Fixtures.staff(api);
        String product = coop.harvest.it.Trades.product(api, "绿色脐橙", "Green navel orange");
        Fixtures.TestAccount first = verified(Fixtures.uncertifiedCooperative(api));
        Fixtures.TestAccount second = verified(Fixtures.uncertifiedCooperative(api));
        String lastDayToday = Fixtures.unique("LB-EXP-");
        long expiring = id(first.api().post("/api/certificates",
                certificate("GREEN_FOOD", lastDayToday, product, TODAY.minusYears(1), TODAY)));
        assertEquals(200, staff.api().post("/api/moderation/certificates/" + expiring + "/approve", "").status());
        long lasting = id(second.api().post("/api/certificates",
                valid("GREEN_FOOD", Fixtures.unique("LB-OK-"), product)));
        assertEquals(200, staff.api().post("/api/moderation/certificates/" + lasting + "/approve", "").status());
        JsonObject listing = Json.createObjectBuilder().add("product", product).add("grade", "FIRST")
                .add("certifications", Json.createArrayBuilder().add("GREEN_FOOD"))
                .add("quantity", new java.math.BigDecimal("500")).add("minOrderQuantity", new java.math.BigDecimal("1"))
                .add("unitPrice", new java.math.BigDecimal("9.00")).add("county", "溆浦县")
                .add("availableFrom", TODAY.toString()).add("availableUntil", TODAY.plusDays(30).toString())
                .add("description", "绿色食品脐橙").build();
        long l1 = id(first.api().post("/api/listings", listing));
        long l2 = id(second.api().post("/api/listings", Json.createObjectBuilder(listing)
                .add("unitPrice", new java.math.BigDecimal("9.50")).build()));
        assertEquals("GREEN_FOOD", api.get("/api/listings/" + l1).object().getJsonArray("certifications")
                .getString(0), "valid through its last day");

        Fixtures.shiftMarketClock(api, Duration.ofDays(1));
        try {
            JsonObject checked = api.get("/api/certificates/verify?number=" + lastDayToday).array()
                    .getJsonObject(0);
            assertEquals("EXPIRED", checked.getString("status"), "the day after its last day, on read");
            JsonObject stripped = api.get("/api/listings/" + l1).object();
            assertTrue(stripped.getJsonArray("certifications").isEmpty(), stripped::toString);
            assertTrue(stripped.getJsonArray("certificates").isEmpty());
            assertEquals("GREEN_FOOD", api.get("/api/listings/" + l2).object().getJsonArray("certifications")
                    .getString(0), "the other cooperative's valid certificate still backs its listing");
            String audit = staff.api().get("/api/moderation/audit?targetType=LISTING&targetId=" + l1).body();
            assertTrue(audit.contains("LISTING_CERTIFICATION_REMOVED"), audit);
            assertTrue(first.api().get("/api/notifications").body().contains(lastDayToday), "the owner is told");

            Fixtures.TestAccount buyer = Fixtures.buyer(api);
            ApiClient.Response demand = buyer.api().post("/api/demands", Json.createObjectBuilder()
                    .add("product", product).add("minGrade", "FIRST")
                    .add("certifications", Json.createArrayBuilder().add("GREEN_FOOD"))
                    .add("quantity", new java.math.BigDecimal("100"))
                    .add("maxUnitPrice", new java.math.BigDecimal("10.00")).add("deliveryCounty", "鹤城区")
                    .add("neededBy", TODAY.plusDays(20).toString()).add("allowPartial", true).build());
            assertEquals(201, demand.status(), demand::toString);
            assertEquals(0, new java.math.BigDecimal("500").compareTo(api.get("/api/listings/" + l1).object()
                    .getJsonNumber("available").bigDecimalValue()), "the cheaper, lapsed listing is not matched");
            assertEquals(0, new java.math.BigDecimal("400").compareTo(api.get("/api/listings/" + l2).object()
                    .getJsonNumber("available").bigDecimalValue()), "the backed listing is matched");
        } finally {
            Fixtures.shiftMarketClock(api, Duration.ZERO);
        }
    }

    @Test
    void listingPhotosAreCheckedStoredAndServedWithEtags() throws Exception {
        Fixtures.TestAccount coop = verified(Fixtures.uncertifiedCooperative(api));
        JsonObject body = Json.createObjectBuilder().add("product", "kiwi").add("grade", "FIRST")
                .add("quantity", new java.math.BigDecimal("500")).add("minOrderQuantity", new java.math.BigDecimal("1"))
                .add("unitPrice", new java.math.BigDecimal("99.00")).add("county", "溆浦县")
                .add("availableFrom", TODAY.toString()).add("availableUntil", TODAY.plusDays(30).toString())
                .add("description", "带照片的猕猴桃").build();
        long id = id(coop.api().post("/api/listings", body));
        String path = "/api/listings/" + id + "/photos/1";
        byte[] jpeg = TestImages.withExifGps(
                TestImages.jpeg(2400, 1800, false));
        assertEquals(401, put(null, path, "image/jpeg", jpeg).statusCode());
        assertEquals(403, put(Fixtures.uncertifiedCooperative(api).token(), path, "image/jpeg", jpeg).statusCode());
        assertEquals(404, put(coop.token(), "/api/listings/" + id + "/photos/7", "image/jpeg", jpeg).statusCode());
        assertEquals(404, put(coop.token(), "/api/listings/" + id + "/photos/0", "image/jpeg", jpeg).statusCode());
        assertEquals(404, put(coop.token(), "/api/listings/999999999/photos/1", "image/jpeg", jpeg).statusCode());
        assertEquals(415, put(coop.token(), path, "image/gif", jpeg).statusCode());
        assertEquals(422, put(coop.token(), path, "image/png", PDF).statusCode(), "a PDF sent as PNG");
        byte[] exe = new byte[70_000];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertEquals(422, put(coop.token(), path, "image/jpeg", exe).statusCode(), "a renamed .exe");
        assertEquals(413, put(coop.token(), path, "image/jpeg", Arrays.copyOf(jpeg, 9 * 1024 * 1024)).statusCode());
        assertEquals(404, get(null, path).statusCode(), "nothing stored by refused uploads");

        assertEquals(204, put(coop.token(), path, "image/jpeg", jpeg).statusCode());
        assertEquals(204, put(coop.token(), "/api/listings/" + id + "/photos/2", "image/png",
                TestImages.png(300, 200)).statusCode());
        HttpResponse<byte[]> photo = get(null, path);
        assertEquals(200, photo.statusCode());
        assertTrue(photo.headers().firstValue("Content-Type").orElseThrow().startsWith("image/jpeg"));
        String etag = photo.headers().firstValue("ETag").orElseThrow();
        assertTrue(photo.headers().firstValue("Cache-Control").orElseThrow().contains("max-age"));
        assertFalse(new String(photo.body(), StandardCharsets.ISO_8859_1).contains("Exif"), "no EXIF, no GPS");
        HttpRequest conditional = HttpRequest.newBuilder(URI.create(api.baseUrl() + path))
                .header("If-None-Match", etag).build();
        assertEquals(304, HTTP.send(conditional, HttpResponse.BodyHandlers.ofByteArray()).statusCode());
        assertEquals(200, get(null, path + "/thumb").statusCode());
        JsonArray photos = api.get("/api/listings/" + id).object().getJsonArray("photos");
        assertEquals(2, photos.size());
        assertEquals(1, photos.getJsonObject(0).getInt("n"));
        assertEquals(200, get(null, photos.getJsonObject(1).getString("thumbUrl")).statusCode());
        JsonObject inResults = api.get("/api/listings?size=100&cooperativeId=" + coop.cooperativeId()).object()
                .getJsonArray("items").stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(l -> l.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertEquals(photos, inResults.getJsonArray("photos"), "search results carry the same photos");
        JsonObject suspended = Fixtures.staff(api).api().post("/api/moderation/listings/" + id + "/suspend",
                "{\"reason\": \"核对照片\"}").object();
        assertEquals(photos, suspended.getJsonArray("photos"), "staff see the photos they act on");
        assertEquals(200, Fixtures.staff(api).api().post("/api/moderation/listings/" + id + "/reinstate", "")
                .status());

        HttpRequest delete = HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/listings/" + id + "/photos/2"))
                .header("Authorization", "Bearer " + coop.token()).DELETE().build();
        assertEquals(204, HTTP.send(delete, HttpResponse.BodyHandlers.ofByteArray()).statusCode());
        assertEquals(404, HTTP.send(delete, HttpResponse.BodyHandlers.ofByteArray()).statusCode());
        assertEquals(1, api.get("/api/listings/" + id).object().getJsonArray("photos").size());

        // four of the largest pictures accepted (40 million pixels each, a phone's full-resolution mode) at once:
        // decoded whole they would need over a gigabyte of heap; each is decoded at a fraction of its size and kept
        // at 1,600 px
        long second = id(coop.api().post("/api/listings", body));
        byte[] huge = TestImages.jpeg(8000, 5000, false);
        assertAllStored(coop.token(), IntStream.rangeClosed(1, 4).mapToObj(n -> "/api/listings/" + second + "/photos/"
                + n).toList(), "image/jpeg", huge);
        BufferedImage kept = ImageIO.read(new ByteArrayInputStream(get(null, "/api/listings/" + second + "/photos/4")
                .body()));
        assertEquals(1600, kept.getWidth());
        assertEquals(1000, kept.getHeight());
        assertEquals(4, api.get("/api/listings/" + second).object().getJsonArray("photos").size());

        // sixteen pictures just below the size read at a fraction (3,199 px square, 10 megapixels, decoded whole:
        // about 80 MB of pixels each) at once on four listings: more than this server's 512 MB heap holds together, so
        // the server decodes only as many at a time as its heap allows and the rest wait their turn
        long third = id(coop.api().post("/api/listings", body));
        long fourth = id(coop.api().post("/api/listings", body));
        long fifth = id(coop.api().post("/api/listings", body));
        long[] targets = {second, third, fourth, fifth};
        byte[] square = TestImages.png(3199, 3199);
        assertAllStored(coop.token(), IntStream.range(0, 16).mapToObj(i -> "/api/listings/" + targets[i / 4]
                + "/photos/" + (i % 4 + 1)).toList(), "image/png", square);
        BufferedImage squareKept = ImageIO.read(new ByteArrayInputStream(get(null, "/api/listings/" + fifth
                + "/photos/4").body()));
        assertEquals(1600, squareKept.getWidth());
        assertEquals(1600, squareKept.getHeight());
        assertEquals(4, api.get("/api/listings/" + fifth).object().getJsonArray("photos").size());
    }

    /** Uploads the same picture to every path at once, one client each, and expects each to be stored (204). */
    private void assertAllStored(String token, List<String> paths, String type, byte[] picture) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(paths.size());
        try {
            List<Callable<Integer>> uploads = paths.stream().<Callable<Integer>>map(path -> () -> put(token, path,
                    type, picture).statusCode()).toList();
            for (Future<Integer> upload : clients.invokeAll(uploads)) {
                assertEquals(204, upload.get());
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private Fixtures.TestAccount verified(Fixtures.TestAccount coop) {
        assertEquals(200, Fixtures.staff(api).api().post("/api/moderation/cooperatives/" + coop.cooperativeId()
                + "/verify", "").status());
        return coop;
    }

    private HttpResponse<byte[]> put(String token, String path, String type, byte[] body) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.baseUrl() + path))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", type)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> get(String token, String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.baseUrl() + path))
                .timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
