package coop.harvest.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Fixtures;
import coop.harvest.it.HarvestServer;
import coop.harvest.media.control.TestImages;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Expert consultation and the 12316 hotline over HTTP: every status code of the section, privacy and photos. */
class ConsultationIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ApiClient api = HarvestServer.shared().api();

    static JsonObject expertBody(String username, String... crops) {
        return Json.createObjectBuilder().add("username", username).add("password", Fixtures.PASSWORD)
                .add("displayName", "专家 " + username).add("title", "高级农艺师")
                .add("specialties", Json.createArrayBuilder(Arrays.asList(crops))).build();
    }

    static JsonObject question(String product, String title) {
        return Json.createObjectBuilder().add("product", product).add("title", title)
                .add("body", "叶片发黄，果实变小，怎么办？").build();
    }

    private Fixtures.TestAccount expert(String... crops) {
        String username = Fixtures.unique("expert");
        ApiClient.Response created = Fixtures.staff(api).api().post("/api/experts", expertBody(username, crops));
        assertEquals(201, created.status(), created::toString);
        String token = Fixtures.token(api, username, Fixtures.PASSWORD);
        return new Fixtures.TestAccount(created.object().getJsonNumber("id").longValue(), username, token, null,
                api.withToken(token));
    }

    @Test
    void staffCreateExpertsAndEveryoneSeesThemWithoutContactDetails() {
        Fixtures.TestAccount staff = Fixtures.staff(api);
        String username = Fixtures.unique("expert");
        assertEquals(401, api.post("/api/experts", expertBody(username, "kiwi")).status());
        assertTrue(Fixtures.buyer(api).api().post("/api/experts", expertBody(username, "kiwi")).isProblem(403));
        ApiClient.Response created = staff.api().post("/api/experts", expertBody(username, "kiwi", "honeysuckle"));
        assertEquals(201, created.status(), created::toString);
        assertEquals("EXPERT", created.object().getString("role"));
        assertTrue(created.header("Location").contains("/api/accounts/"));
        assertTrue(staff.api().post("/api/experts", expertBody(username, "kiwi")).isProblem(409));
        ApiClient.Response unknown = staff.api().post("/api/experts", expertBody(Fixtures.unique("e"), "durian"));
        assertTrue(unknown.isProblem(422), unknown::toString);
        assertEquals(List.of("specialties"), unknown.errorFields());
        ApiClient.Response weak = staff.api().post("/api/experts", Json.createObjectBuilder(
                expertBody(Fixtures.unique("e"), "kiwi")).add("password", "short").build());
        assertEquals(List.of("password"), weak.errorFields(), weak::toString);
        assertTrue(staff.api().post("/api/experts", "{\"username\": ").isProblem(400));
        ApiClient.Response selfMade = api.post("/api/accounts", Json.createObjectBuilder()
                .add("username", Fixtures.unique("self")).add("password", Fixtures.PASSWORD)
                .add("displayName", "me").add("role", "EXPERT").build());
        assertTrue(selfMade.isProblem(422), selfMade::toString);

        String token = Fixtures.token(api, username, Fixtures.PASSWORD);
        assertEquals("EXPERT", api.withToken(token).get("/api/me").object().getString("role"));
        ApiClient.Response list = api.get("/api/experts?size=100");
        assertEquals(200, list.status(), list::toString);
        JsonObject mine = list.object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("name").equals("专家 " + username)).findFirst().orElseThrow();
        assertEquals("高级农艺师", mine.getString("title"));
        assertEquals(List.of("honeysuckle", "kiwi"), mine.getJsonArray("specialties").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(0, mine.getInt("answers"));
        assertFalse(list.body().contains("\"username\""), "no usernames in the public list");
        assertFalse(list.body().contains("phone") || list.body().contains("email"), "no contact details");
    }

    @Test
    void anExpertListsItsOrdersAndReportsLikeAnyOtherSignedInAccount() {
        Fixtures.TestAccount expert = expert("tea");
        ApiClient.Response orders = expert.api().get("/api/orders?size=10");
        assertEquals(200, orders.status(), orders::toString); // was a 500: the query had no place for its party
        assertEquals(0, orders.object().getInt("total"));
        assertEquals(0, orders.object().getJsonArray("items").size());
        Fixtures.TestAccount buyer = Fixtures.buyer(api);
        ApiClient.Response report = expert.api().post("/api/reports", Json.createObjectBuilder()
                .add("targetType", "ACCOUNT").add("targetId", buyer.id()).add("reason", "冒充农技专家").build());
        assertEquals(201, report.status(), report::toString); // API.md: any signed-in account
    }

    @Test
    void aQuestionIsAnsweredByExpertsAndResolvedByItsAsker() {
        Fixtures.TestAccount expert = expert("kiwi");
        Fixtures.TestAccount other = expert("kiwi");
        Fixtures.TestAccount farmer = Fixtures.cooperative(api);
        assertEquals(401, api.post("/api/questions", question("kiwi", "t")).status());
        ApiClient.Response bad = farmer.api().post("/api/questions", question("durian", "t"));
        assertTrue(bad.isProblem(422), bad::toString);
        assertEquals(List.of("product"), bad.errorFields(), bad::toString);
        assertEquals(List.of("title"), farmer.api().post("/api/questions", question("kiwi", " ")).errorFields());
        assertTrue(farmer.api().post("/api/questions", "[1]").isProblem(400));

        ApiClient.Response asked = farmer.api().post("/api/questions", question("kiwi", "猕猴桃溃疡病怎么防？"));
        assertEquals(201, asked.status(), asked::toString);
        JsonObject q = asked.object();
        long id = q.getJsonNumber("id").longValue();
        assertEquals("OPEN", q.getString("status"));
        assertEquals("WEB", q.getString("channel"));
        assertTrue(q.getJsonArray("answers").isEmpty());
        assertNotNull(q.getJsonObject("asker").getString("name"));
        assertTrue(q.containsKey("createdAt") && q.containsKey("version"));
        assertTrue(expert.api().get("/api/notifications").body().contains("猕猴桃溃疡病怎么防？"),
                "the kiwi expert is told");

        String answer = "{\"body\":\"冬季清园，剪除病枝，喷施铜制剂。\"}";
        assertEquals(401, api.post("/api/questions/" + id + "/answers", answer).status());
        assertTrue(farmer.api().post("/api/questions/" + id + "/answers", answer).isProblem(403));
        assertTrue(expert.api().post("/api/questions/999999999/answers", answer).isProblem(404));
        assertTrue(expert.api().post("/api/questions/" + id + "/answers", "{\"body\":\" \"}").isProblem(422));
        ApiClient.Response answered = expert.api().post("/api/questions/" + id + "/answers", answer);
        assertEquals(201, answered.status(), answered::toString);
        JsonObject a = answered.object();
        assertEquals("高级农艺师", a.getJsonObject("expert").getString("title"));
        assertFalse(a.getBoolean("accepted"));
        assertTrue(a.containsKey("at"));
        long answerId = a.getJsonNumber("id").longValue();
        ApiClient.Response second = other.api().post("/api/questions/" + id + "/answers", answer);
        assertEquals(201, second.status(), second::toString);
        JsonObject now = api.get("/api/questions/" + id).object();
        assertEquals("ANSWERED", now.getString("status"));
        assertEquals(2, now.getJsonArray("answers").size());
        assertTrue(farmer.api().get("/api/notifications").body().contains("猕猴桃溃疡病怎么防？"), "the asker is told");

        Fixtures.TestAccount stranger = Fixtures.buyer(api);
        String accept = "/api/questions/" + id + "/answers/" + answerId + "/accept";
        assertEquals(401, api.post(accept, "").status());
        assertTrue(stranger.api().post(accept, "").isProblem(403));
        assertTrue(farmer.api().post("/api/questions/" + id + "/answers/999999999/accept", "").isProblem(404));
        ApiClient.Response accepted = farmer.api().post(accept, "");
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals("RESOLVED", accepted.object().getString("status"));
        assertTrue(accepted.object().getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                .anyMatch(x -> x.getBoolean("accepted") && x.getJsonNumber("id").longValue() == answerId));
        assertTrue(farmer.api().post(accept, "").isProblem(409));
        assertTrue(expert.api().post("/api/questions/" + id + "/answers", answer).isProblem(409));
        assertTrue(api.get("/api/questions/999999999").isProblem(404));
        assertTrue(api.get("/api/questions/abc").isProblem(400) || api.get("/api/questions/abc").isProblem(404));

        long answers = api.get("/api/experts?size=100").object().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(e -> e.getJsonNumber("id").longValue() == expert.id()).findFirst().orElseThrow()
                .getJsonNumber("answers").longValue();
        assertEquals(1, answers);
    }

    @Test
    void hotlineCallersPhonesStayPrivate() {
        Fixtures.TestAccount staff = Fixtures.staff(api);
        String phone = "139" + (10_000_000 + (long) (Math.random() * 89_999_999));
        JsonObject call = Json.createObjectBuilder(question("honeysuckle", "金银花花蕾发黑（12316）"))
                .add("channel", "HOTLINE").add("callerName", "向德明").add("callerPhone", phone).build();
        assertTrue(Fixtures.buyer(api).api().post("/api/questions", call).isProblem(403));
        ApiClient.Response noPhone = staff.api().post("/api/questions", Json.createObjectBuilder(call)
                .remove("callerPhone").build());
        assertEquals(List.of("callerPhone"), noPhone.errorFields(), noPhone::toString);
        ApiClient.Response webWithPhone = Fixtures.buyer(api).api().post("/api/questions",
                Json.createObjectBuilder(question("kiwi", "t")).add("callerPhone", phone).build());
        assertTrue(webWithPhone.isProblem(422), webWithPhone::toString);

        ApiClient.Response logged = staff.api().post("/api/questions", call);
        assertEquals(201, logged.status(), logged::toString);
        long id = logged.object().getJsonNumber("id").longValue();
        assertEquals("HOTLINE", logged.object().getString("channel"));
        assertEquals(phone, staff.api().get("/api/questions/" + id).object().getString("callerPhone"));

        for (ApiClient.Response seen : List.of(api.get("/api/questions/" + id),
                api.get("/api/questions?product=honeysuckle&size=100"), api.get("/api/questions?q=12316"),
                Fixtures.buyer(api).api().get("/api/questions/" + id))) {
            assertEquals(200, seen.status(), seen::toString);
            assertFalse(seen.body().contains(phone), "no caller phone in public: " + seen.body());
            assertFalse(seen.body().contains("向德明"), "no caller's full name in public");
        }
        assertEquals("向**", api.get("/api/questions/" + id).object().getJsonObject("asker").getString("name"));
        ApiClient.Response staffAudit = staff.api().get("/api/questions?q=12316");
        assertTrue(staffAudit.body().contains(phone), "staff see the phone");
    }

    @Test
    void theArchiveSearchesByCropInBothLanguagesAndCountsTheYear() {
        Fixtures.TestAccount farmer = Fixtures.cooperative(api);
        String marker = Fixtures.unique("tea-marker");
        long id = farmer.api().post("/api/questions", question("tea", "茶饼病 " + marker)).object()
                .getJsonNumber("id").longValue();
        assertTrue(ids(api.get("/api/questions?product=tea&size=100")).contains(id));
        assertFalse(ids(api.get("/api/questions?product=kiwi&size=100")).contains(id));
        assertTrue(ids(api.get("/api/questions?q=" + marker)).contains(id));
        assertTrue(ids(api.get("/api/questions?q=%E8%8C%B6%E5%8F%B6&size=100")).contains(id), "茶叶 finds tea");
        assertTrue(ids(api.get("/api/questions?q=Tea&status=OPEN&size=100")).contains(id));
        assertFalse(ids(api.get("/api/questions?q=" + marker + "&status=RESOLVED")).contains(id));
        assertTrue(api.get("/api/questions?status=LOST").isProblem(422));
        assertTrue(api.get("/api/questions?product=durian").isProblem(422));
        assertTrue(api.get("/api/questions?size=1000").isProblem(422));
        assertTrue(api.get("/api/questions?q=%25_%5C").status() == 200);

        ApiClient.Response stats = api.get("/api/questions/stats");
        assertEquals(200, stats.status(), stats::toString);
        JsonObject s = stats.object();
        for (String field : List.of("asked", "answered", "resolved", "byChannel", "byProduct")) {
            assertTrue(s.containsKey(field), field);
        }
        assertTrue(s.getJsonObject("byChannel").containsKey("WEB") && s.getJsonObject("byChannel").containsKey("HOTLINE"));
        assertTrue(s.getJsonArray("byProduct").getValuesAs(JsonObject.class).stream()
                .anyMatch(p -> p.getString("product").equals("tea") && p.getInt("asked") >= 1));
        assertEquals(0, api.get("/api/questions/stats?year=2001").object().getInt("asked"));
        assertTrue(api.get("/api/questions/stats?year=abc").isProblem(400));
        assertTrue(api.get("/api/questions/stats?year=1800").isProblem(422));
    }

    @Test
    void photosAreCheckedStoredWithoutMetadataAndServedWithEtags() throws Exception {
        Fixtures.TestAccount farmer = Fixtures.cooperative(api);
        long id = farmer.api().post("/api/questions", question("kiwi", "果面有黑斑")).object()
                .getJsonNumber("id").longValue();
        String path = "/api/questions/" + id + "/photos/1";
        byte[] jpeg = TestImages.withExifGps(TestImages.jpeg(2400, 1800, false));
        assertEquals(401, put(null, path, "image/jpeg", jpeg).statusCode());
        assertEquals(403, put(Fixtures.buyer(api).token(), path, "image/jpeg", jpeg).statusCode());
        assertEquals(404, put(farmer.token(), "/api/questions/" + id + "/photos/5", "image/jpeg", jpeg).statusCode());
        assertEquals(404, put(farmer.token(), "/api/questions/999999999/photos/1", "image/jpeg", jpeg).statusCode());
        assertEquals(415, put(farmer.token(), path, "application/pdf", "%PDF-1.7".getBytes()).statusCode());
        assertEquals(415, put(farmer.token(), path, "image/gif", jpeg).statusCode());
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\n".getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<byte[]> pdfAsPng = put(farmer.token(), path, "image/png", pdf);
        assertEquals(422, pdfAsPng.statusCode());
        assertTrue(pdfAsPng.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        byte[] exe = new byte[70_000];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertEquals(422, put(farmer.token(), path, "image/jpeg", exe).statusCode(), "a renamed .exe");
        byte[] tooBig = Arrays.copyOf(jpeg, 6 * 1024 * 1024);
        assertEquals(413, put(farmer.token(), path, "image/jpeg", tooBig).statusCode());
        assertEquals(404, get(path, null).statusCode(), "nothing stored by refused uploads");

        assertEquals(204, put(farmer.token(), path, "image/jpeg", jpeg).statusCode());
        assertEquals(204, put(farmer.token(), "/api/questions/" + id + "/photos/2", "image/png",
                TestImages.png(300, 200)).statusCode());
        HttpResponse<byte[]> photo = get(path, null);
        assertEquals(200, photo.statusCode());
        assertTrue(photo.headers().firstValue("Content-Type").orElseThrow().startsWith("image/jpeg"));
        String etag = photo.headers().firstValue("ETag").orElseThrow();
        assertTrue(photo.headers().firstValue("Cache-Control").orElseThrow().contains("max-age"));
        var image = ImageIO.read(new ByteArrayInputStream(photo.body()));
        assertEquals(1600, image.getWidth());
        assertFalse(new String(photo.body(), StandardCharsets.ISO_8859_1).contains("Exif"), "no EXIF, no GPS");
        assertEquals(304, get(path, etag).statusCode());
        HttpResponse<byte[]> thumb = get(path + "/thumb", null);
        assertEquals(200, thumb.statusCode());
        assertEquals(320, ImageIO.read(new ByteArrayInputStream(thumb.body())).getWidth());

        JsonArray photos = api.get("/api/questions/" + id).object().getJsonArray("photos");
        assertEquals(2, photos.size());
        JsonObject first = photos.getJsonObject(0);
        assertEquals(1, first.getInt("n"));
        assertEquals(200, get(first.getString("url"), null).statusCode());
        assertEquals(200, get(first.getString("thumbUrl"), null).statusCode());
        assertEquals(404, get("/api/questions/" + id + "/photos/3", null).statusCode());

        Fixtures.TestAccount expert = expert("kiwi");
        long answerId = expert.api().post("/api/questions/" + id + "/answers", "{\"body\":\"炭疽病\"}").object()
                .getJsonNumber("id").longValue();
        farmer.api().post("/api/questions/" + id + "/answers/" + answerId + "/accept", "");
        assertEquals(409, put(farmer.token(), path, "image/jpeg", jpeg).statusCode(), "resolved: no more photos");
    }

    private List<Long> ids(ApiClient.Response list) {
        assertEquals(200, list.status(), list::toString);
        return list.object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(q -> q.getJsonNumber("id").longValue()).toList();
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

    private HttpResponse<byte[]> get(String path, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.baseUrl() + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "image/*");
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
