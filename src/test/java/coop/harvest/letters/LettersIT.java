package coop.harvest.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.Answers;
import coop.harvest.it.ApiClient;
import coop.harvest.it.Fixtures;
import coop.harvest.it.HarvestServer;
import coop.harvest.letters.control.WorkingDays;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The bureau's mailbox over HTTP: every status code of the section, the writer's code and feedback, staff handling,
 * the per-address limits (exercised from a loopback address of their own, so that the shared server's other tests
 * keep their allowance) and that no public answer ever shows a writer's name, phone or e-mail.
 */
class LettersIT {

    private static final ZoneId MARKET = ZoneId.of("Asia/Shanghai");
    private final HarvestServer server = HarvestServer.shared();
    private final ApiClient api = server.api();

    static JsonObject letter(String subject) {
        return Json.createObjectBuilder().add("category", "CONSULTATION").add("subject", subject)
                .add("body", "猕猴桃订单收购价格怎么定？请回电 13912345678 或写信到 farmer.wang@example.cn。")
                .add("name", "王秀英").add("phone", "13912345678").add("email", "farmer.wang@example.cn")
                .add("mayPublish", true).build();
    }

    static JsonObject with(JsonObject base, String field, String value) {
        JsonObjectBuilder b = Json.createObjectBuilder(base);
        if (value == null) {
            b.remove(field);
        } else {
            b.add(field, value);
        }
        return b.build();
    }

    static JsonObject answer(String text, boolean publish) {
        return Json.createObjectBuilder().add("text", text).add("publish", publish).build();
    }

    static long id(ApiClient.Response response) {
        return response.object().getJsonNumber("id").longValue();
    }

    @Test
    void aWriterWithoutAccountFollowsTheLetterWithItsCodeAndSaysWhetherItWasSettled() {
        ApiClient.Response written = api.post("/api/letters", letter("订单价格咨询"));
        assertEquals(201, written.status(), written::toString);
        JsonObject l = written.object();
        long id = id(written);
        assertTrue(written.header("Location").endsWith("/api/letters/" + id));
        String number = l.getString("trackingNumber");
        String code = l.getString("accessCode");
        assertTrue(number.matches("HX" + LocalDate.now(MARKET).getYear() + "-\\d{6}"), number);
        assertTrue(code.length() >= 8, code);
        assertEquals("RECEIVED", l.getString("status"));
        assertEquals(WorkingDays.after(LocalDate.now(MARKET), 5).toString(), l.getString("dueBy"));
        assertEquals(1, l.getJsonArray("history").size());
        assertEquals("订单价格咨询", l.getString("subject"));
        assertFalse(l.getBoolean("overdue"));

        ApiClient.Response tracked = api.get("/api/letters/track?number=" + number + "&code=" + code.toLowerCase());
        assertEquals(200, tracked.status(), tracked::toString);
        assertFalse(tracked.object().containsKey("accessCode"), "the code is shown only when the letter is written");
        assertEquals(id, id(tracked));
        assertTrue(api.get("/api/letters/track?number=" + number + "&code=WRONGCODE1").isProblem(404));
        assertTrue(api.get("/api/letters/track?code=" + code).isProblem(422));

        ApiClient staff = Fixtures.staff(api).api();
        assertTrue(api.post("/api/letters/" + id + "/feedback", "{\"code\":\"" + code + "\",\"satisfied\":true}")
                .isProblem(409), "no feedback before an answer");
        ApiClient.Response answered = staff.post("/api/letters/" + id + "/answer", answer("保底价加随行就市。", true));
        assertEquals(200, answered.status(), answered::toString);
        assertEquals("ANSWERED", answered.object().getString("status"));
        assertTrue(staff.post("/api/letters/" + id + "/answer", answer("again", true)).isProblem(409));
        assertTrue(staff.post("/api/letters/" + id + "/assign", "{\"assignee\":\"" + HarvestServer.ADMIN_USERNAME
                + "\"}").isProblem(409));

        assertTrue(api.post("/api/letters/" + id + "/feedback", "{\"satisfied\":false}").isProblem(404),
                "without the code a stranger learns nothing");
        assertTrue(api.post("/api/letters/" + id + "/feedback", "{\"code\":\"" + code + "\"}").isProblem(422));
        ApiClient.Response reopened = api.post("/api/letters/" + id + "/feedback",
                "{\"code\":\"" + code + "\",\"satisfied\":false,\"comment\":\"价格条款还是不清楚\"}");
        assertEquals(200, reopened.status(), reopened::toString);
        assertEquals("REOPENED", reopened.object().getString("status"));
        assertFalse(LocalDate.parse(reopened.object().getString("dueBy")).isBefore(LocalDate.parse(l.getString("dueBy"))));
        assertTrue(reopened.body().contains("价格条款还是不清楚"));
        assertTrue(api.post("/api/letters/" + id + "/feedback", "{\"code\":\"" + code + "\",\"satisfied\":true}")
                .isProblem(409));

        assertEquals(200, staff.post("/api/letters/" + id + "/assign",
                "{\"assignee\":\"" + HarvestServer.ADMIN_USERNAME + "\"}").status());
        assertEquals(200, staff.post("/api/letters/" + id + "/answer", answer("合同第三条写明了价格。", true)).status());
        ApiClient.Response closed = api.post("/api/letters/" + id + "/feedback",
                "{\"code\":\"" + code + "\",\"satisfied\":true}");
        assertEquals(200, closed.status(), closed::toString);
        assertEquals("CLOSED", closed.object().getString("status"));
        assertTrue(closed.object().getBoolean("satisfied"));
        assertEquals(6, closed.object().getJsonArray("history").size(), closed::toString);
        assertTrue(staff.post("/api/letters/" + id + "/answer", answer("late", true)).isProblem(409));
        assertTrue(staff.post("/api/letters/" + id + "/assign", "{\"assignee\":\"" + HarvestServer.ADMIN_USERNAME
                + "\"}").isProblem(409));
    }

    @Test
    void aSignedInWriterWritesUnderItsOwnNameNeedsNoCodeAndIsNotified() {
        Fixtures.TestAccount buyer = Fixtures.buyer(api);
        ApiClient.Response written = buyer.api().post("/api/letters", with(with(letter("提子价格短信"), "name", null),
                "phone", null));
        assertEquals(201, written.status(), written::toString);
        long id = id(written);
        String number = written.object().getString("trackingNumber");
        assertEquals("采购员 " + buyer.username(), written.object().getString("name"));
        ApiClient.Response mine = buyer.api().get("/api/letters/track?number=" + number);
        assertEquals(200, mine.status(), mine::toString);

        ApiClient staff = Fixtures.staff(api).api();
        ApiClient.Response assigned = staff.post("/api/letters/" + id + "/assign",
                "{\"assignee\":\"" + HarvestServer.ADMIN_USERNAME + "\"}");
        assertEquals(200, assigned.status(), assigned::toString);
        assertEquals("ASSIGNED", assigned.object().getString("status"));
        assertEquals(HarvestServer.ADMIN_USERNAME, assigned.object().getString("assignee"));
        Answers.assertStoredAs(assigned.object(), staff.get("/api/letters/" + id).object());
        ApiClient.Response followed = buyer.api().get("/api/letters/track?number=" + number);
        assertEquals("ASSIGNED", followed.object().getString("status"));
        assertFalse(followed.object().containsKey("assignee"), "the writer does not learn staff usernames");
        assertTrue(staff.post("/api/letters/" + id + "/assign", "{\"assignee\":\"" + buyer.username() + "\"}")
                .isProblem(422), "only staff take letters");
        assertTrue(staff.post("/api/letters/" + id + "/assign", "{\"assignee\":\"nobody-such\"}").isProblem(422));
        assertTrue(staff.post("/api/letters/" + id + "/assign", "{}").isProblem(422));
        assertTrue(staff.post("/api/letters/" + id + "/answer", "{\"publish\":true}").isProblem(422));
        assertTrue(staff.post("/api/letters/" + id + "/answer", "{\"text\":").isProblem(400));
        assertEquals(200, staff.post("/api/letters/" + id + "/answer", answer("下月起增加提子价格。", false)).status());

        ApiClient.Response notifications = buyer.api().get("/api/notifications");
        assertTrue(notifications.body().contains(number), notifications::toString);
        ApiClient.Response settled = buyer.api().post("/api/letters/" + id + "/feedback", "{\"satisfied\":true}");
        assertEquals(200, settled.status(), settled::toString);
        assertEquals("CLOSED", settled.object().getString("status"));

        ApiClient.Response audit = staff.get("/api/moderation/audit?targetType=LETTER&targetId=" + id);
        assertEquals(200, audit.status(), audit::toString);
        assertTrue(audit.body().contains("LETTER_ASSIGNED") && audit.body().contains("LETTER_ANSWERED"),
                audit::toString);
    }

    @Test
    void badLettersAreRefusedWithTheFieldsNamed() {
        assertTrue(api.post("/api/letters", "{\"subject\":").isProblem(400));
        assertTrue(api.send("POST", "/api/letters", "subject=x", "text/plain").status() == 415);
        ApiClient.Response noName = api.post("/api/letters", with(letter("x"), "name", null));
        assertTrue(noName.isProblem(422), noName::toString);
        assertTrue(noName.errorFields().contains("name"));
        ApiClient.Response invalid = api.post("/api/letters", with(with(with(letter("x"), "subject", "长".repeat(201)),
                "body", "x".repeat(5001)), "phone", "call me"));
        assertTrue(invalid.isProblem(422), invalid::toString);
        assertTrue(invalid.errorFields().containsAll(java.util.List.of("subject", "body", "phone")), invalid::toString);
        assertTrue(api.post("/api/letters", with(letter("x"), "category", "PRAISE")).status() / 100 == 4);
        assertTrue(api.post("/api/letters", with(letter("x"), "body", " ")).isProblem(422));
    }

    @Test
    void staffEndpointsAreForStaffOnly() {
        ApiClient.Response written = Fixtures.buyer(api).api().post("/api/letters", letter("仅限工作人员"));
        long id = id(written);
        assertTrue(api.get("/api/letters").isProblem(401));
        assertTrue(api.get("/api/letters/" + id).isProblem(401));
        assertTrue(api.post("/api/letters/" + id + "/answer", answer("x", true)).isProblem(401));
        ApiClient buyer = Fixtures.buyer(api).api();
        assertTrue(buyer.get("/api/letters").isProblem(403));
        assertTrue(buyer.get("/api/letters/" + id).isProblem(403));
        assertTrue(buyer.post("/api/letters/" + id + "/assign", "{\"assignee\":\"x\"}").isProblem(403));
        assertTrue(buyer.post("/api/letters/" + id + "/answer", answer("x", true)).isProblem(403));

        ApiClient staff = Fixtures.staff(api).api();
        ApiClient.Response one = staff.get("/api/letters/" + id);
        assertEquals(200, one.status(), one::toString);
        assertEquals("13912345678", one.object().getString("phone"), "staff see the phone");
        assertTrue(staff.get("/api/letters/99999999").isProblem(404));
        assertTrue(staff.get("/api/letters/abc").isProblem(400));
        assertTrue(staff.post("/api/letters/99999999/answer", answer("x", true)).isProblem(404));
        assertTrue(staff.post("/api/letters/99999999/assign", "{\"assignee\":\"" + HarvestServer.ADMIN_USERNAME
                + "\"}").isProblem(404));
        assertTrue(api.post("/api/letters/99999999/feedback", "{\"code\":\"X\",\"satisfied\":true}").isProblem(404));

        ApiClient.Response received = staff.get("/api/letters?status=RECEIVED&size=100");
        assertEquals(200, received.status(), received::toString);
        assertTrue(received.object().getJsonArray("items").stream()
                .allMatch(v -> "RECEIVED".equals(v.asJsonObject().getString("status"))));
        assertTrue(received.body().contains("\"id\":" + id));
        ApiClient.Response overdue = staff.get("/api/letters?overdue=true");
        assertEquals(200, overdue.status());
        assertTrue(overdue.object().getJsonArray("items").stream()
                .allMatch(v -> v.asJsonObject().getBoolean("overdue")));
        ApiClient.Response notOverdue = staff.get("/api/letters?overdue=false&size=100");
        assertTrue(notOverdue.object().getJsonArray("items").stream()
                .noneMatch(v -> v.asJsonObject().getBoolean("overdue")));
        assertTrue(staff.get("/api/letters?status=LOST").isProblem(422));
        assertTrue(staff.get("/api/letters?overdue=maybe").isProblem(400));
        assertTrue(staff.get("/api/letters?size=101").isProblem(422));
    }

    @Test
    void publicAnswersAndFiguresNeverShowNamesPhonesOrEmails() {
        ApiClient staff = Fixtures.staff(api).api();
        String subject = "公开答复 " + Fixtures.unique("s");
        long published = id(Fixtures.buyer(api).api().post("/api/letters", letter(subject)));
        staff.post("/api/letters/" + published + "/answer", answer("答复：请拨打 12316 或致电 0745-2712316。", true));
        String hiddenSubject = "不公开 " + Fixtures.unique("s");
        long privateLetter = id(Fixtures.buyer(api).api().post("/api/letters",
                Json.createObjectBuilder(letter(hiddenSubject)).add("mayPublish", false).build()));
        staff.post("/api/letters/" + privateLetter + "/answer", answer("私下答复", true));
        String unpublishedSubject = "未刊登 " + Fixtures.unique("s");
        long unpublished = id(Fixtures.buyer(api).api().post("/api/letters", letter(unpublishedSubject)));
        staff.post("/api/letters/" + unpublished + "/answer", answer("不刊登", false));

        ApiClient.Response list = api.get("/api/letters/public?size=100");
        assertEquals(200, list.status(), list::toString);
        String body = list.body();
        assertTrue(body.contains(subject), body);
        assertFalse(body.contains(hiddenSubject), "the writer did not allow publication");
        assertFalse(body.contains(unpublishedSubject), "staff did not publish");
        for (String secret : new String[]{"王秀英", "13912345678", "farmer.wang", "2712316", "采购员"}) {
            assertFalse(body.contains(secret), secret + " must not be public: " + body);
        }
        JsonObject item = list.object().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("subject").equals(subject)).findFirst().orElseThrow();
        for (String field : new String[]{"trackingNumber", "category", "subject", "body", "answer", "createdAt",
                "answeredAt"}) {
            assertTrue(item.containsKey(field), field);
        }
        for (String field : new String[]{"name", "phone", "email", "accessCode", "id"}) {
            assertFalse(item.containsKey(field), field);
        }
        assertTrue(item.getString("answer").contains("12316"), "short numbers such as the hotline stay");
        assertEquals(200, api.get("/api/letters/public?category=CONSULTATION").status());
        assertEquals(0, api.get("/api/letters/public?category=REPORT").object().getJsonArray("items").stream()
                .filter(v -> v.asJsonObject().getString("subject").equals(subject)).count());
        assertTrue(api.get("/api/letters/public?category=PRAISE").isProblem(422));
        assertTrue(api.get("/api/letters/public?page=-1").isProblem(422));

        ApiClient.Response stats = api.get("/api/letters/stats?year=" + LocalDate.now(MARKET).getYear());
        assertEquals(200, stats.status(), stats::toString);
        JsonObject s = stats.object();
        for (String field : new String[]{"received", "answered", "answeredOnTime", "onTimeRate",
                "medianWorkingDaysToAnswer", "satisfied", "notSatisfied", "open"}) {
            assertTrue(s.containsKey(field), field);
        }
        assertTrue(s.getInt("received") >= 3 && s.getInt("answered") >= 3, s::toString);
        assertEquals(0, api.get("/api/letters/stats?year=2001").object().getInt("received"));
        assertEquals(200, api.get("/api/letters/stats").status());
        assertTrue(api.get("/api/letters/stats?year=abc").isProblem(400));
        assertTrue(api.get("/api/letters/stats?year=1800").isProblem(422));
    }

    @Test
    void anonymousLettersAndWrongCodesAreLimitedPerAddress() throws IOException {
        String address = "127.0." + ThreadLocalRandom.current().nextInt(1, 250) + "."
                + ThreadLocalRandom.current().nextInt(2, 250);
        String json = letter("限流测试").toString();
        for (int i = 0; i < 10; i++) {
            assertEquals(201, raw(address, "POST", "/api/letters", json, null).status, "letter " + (i + 1));
        }
        Raw refused = raw(address, "POST", "/api/letters", json, null);
        assertEquals(429, refused.status, refused.body);
        assertNotNull(refused.retryAfter);
        assertTrue(Long.parseLong(refused.retryAfter) > 0 && Long.parseLong(refused.retryAfter) <= 3600);
        assertTrue(refused.body.contains("\"status\":429"), refused.body);
        Fixtures.TestAccount buyer = Fixtures.buyer(api);
        assertEquals(201, raw(address, "POST", "/api/letters", letter("登录用户不限").toString(), buyer.token()).status,
                "a signed-in writer is not limited");

        ApiClient.Response mine = api.post("/api/letters", letter("查询码限流"));
        String number = mine.object().getString("trackingNumber");
        String code = mine.object().getString("accessCode");
        String other = "127.0." + ThreadLocalRandom.current().nextInt(1, 250) + "."
                + ThreadLocalRandom.current().nextInt(2, 250);
        for (int i = 0; i < 10; i++) {
            assertEquals(404, raw(other, "GET", "/api/letters/track?number=" + number + "&code=GUESS" + i, null,
                    null).status, "guess " + (i + 1));
        }
        Raw blocked = raw(other, "GET", "/api/letters/track?number=" + number + "&code=" + code, null, null);
        assertEquals(429, blocked.status, "even the right code waits once the address has guessed too often");
        assertNotNull(blocked.retryAfter);
        assertEquals(200, api.get("/api/letters/track?number=" + number + "&code=" + code).status(),
                "other addresses are not affected");
    }

    record Raw(int status, String retryAfter, String body) {
    }

    /** One HTTP/1.1 request from a socket bound to {@code from} (any 127.x.y.z is this machine's loopback). */
    private Raw raw(String from, String method, String path, String json, String token) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), server.port()), 10_000);
            socket.setSoTimeout(30_000);
            byte[] content = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost:"
                    + server.port() + "\r\nAccept: application/json\r\nConnection: close\r\n");
            if (json != null) {
                head.append("Content-Type: application/json\r\nContent-Length: ").append(content.length).append("\r\n");
            }
            if (token != null) {
                head.append("Authorization: Bearer ").append(token).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String response = all.toString(StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            String retryAfter = null;
            for (String line : response.substring(0, Math.max(0, response.indexOf("\r\n\r\n"))).split("\r\n")) {
                if (line.toLowerCase().startsWith("retry-after:")) {
                    retryAfter = line.substring(12).strip();
                }
            }
            return new Raw(status, retryAfter, response.substring(response.indexOf("\r\n\r\n") + 4));
        }
    }
}
