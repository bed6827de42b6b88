package coop.harvest.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Browser;
import coop.harvest.web.pages.SignInPage;
import coop.harvest.web.pages.SubscriptionsPage;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import coop.harvest.it.Fixtures;
import coop.harvest.it.Fixtures.TestAccount;
import coop.harvest.it.HarvestServer;
import coop.harvest.it.TestSmsc;
import coop.harvest.it.Trades;
import coop.harvest.messaging.control.Backoff;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Market information by SMS end to end: the application binds to a real SMPP server in this JVM ({@link TestSmsc},
 * jSMPP's server side), and every text, receipt and reply crosses SMPP as it would with an operator's SMSC.
 */
class MessagingIT {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final java.time.LocalTime DIGEST_TIME = java.time.LocalTime.of(6, 30);

    private static TestSmsc smsc;
    private static HarvestServer server;
    private static ApiClient api;
    private static TestAccount staff;

    @BeforeAll
    static void start() {
        smsc = TestSmsc.start();
        server = HarvestServer.start("messaging", environment(smsc));
        api = server.api();
        staff = Fixtures.staff(api);
    }

    /**
     * The shared test environment plus an SMSC and a fast sender (retries after 300 ms, 600 ms…; pauses after "slow
     * down" of 100 ms, 200 ms…).
     */
    static Map<String, String> environment(TestSmsc smsc) {
        Map<String, String> env = HarvestServer.defaultEnvironment(HarvestServer.newDataDir("messaging"));
        env.put("HARVEST_SMSC_HOST", "localhost");
        env.put("HARVEST_SMSC_PORT", Integer.toString(smsc.port()));
        env.put("HARVEST_SMSC_SYSTEM_ID", "harvest");
        env.put("HARVEST_SMSC_PASSWORD", "secret");
        env.put("HARVEST_SMS_POLL_MILLIS", "200");
        env.put("HARVEST_SMS_BACKOFF_MILLIS", "300");
        env.put("HARVEST_SMS_THROTTLE_MILLIS", "100");
        env.put("HARVEST_SMSC_ENQUIRE_LINK_MILLIS", "2000");
        env.put("HARVEST_DIGEST_TIME", DIGEST_TIME.toString());
        return env;
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (smsc != null) {
            smsc.close();
        }
    }

    static String newPhone() {
        return "139" + String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    @Test
    void aPhoneIsVerifiedByTheCodeItReceivesOverSmpp() {
        TestAccount buyer = Fixtures.buyer(api);
        String phone = newPhone();
        assertTrue(buyer.api().post("/api/me/phone", Json.createObjectBuilder().add("phone", "12345678901").build())
                .isProblem(422), "not a mainland mobile number");
        ApiClient.Response sms = buyer.api().post("/api/subscriptions", Json.createObjectBuilder()
                .add("kind", "DAILY_PRICES").add("product", "kiwi").add("channel", "SMS").build());
        assertTrue(sms.isProblem(422), "SMS needs a verified phone: " + sms);
        assertEquals(List.of("channel"), sms.errorFields());

        ApiClient.Response sent = buyer.api().post("/api/me/phone",
                Json.createObjectBuilder().add("phone", "+86 " + phone).build());
        assertEquals(202, sent.status(), sent::toString);
        String code = codeFrom(smsc.await(phone, t -> t.contains("验证码"), WAIT).text());

        String wrong = code.equals("000000") ? "111111" : "000000";
        assertTrue(verify(buyer, wrong).isProblem(422), "a wrong code");
        ApiClient.Response verified = verify(buyer, code);
        assertEquals(200, verified.status(), verified::toString);
        assertTrue(verified.object().getBoolean("verified"));
        assertEquals(phone, verified.object().getString("phone"));
        assertEquals(phone, buyer.api().get("/api/me").object().getString("phone"), "the account's phone follows");
        assertTrue(verify(buyer, code).isProblem(422), "a used code does not work twice");

        assertEquals(201, buyer.api().post("/api/subscriptions", Json.createObjectBuilder()
                .add("kind", "DAILY_PRICES").add("product", "kiwi").add("channel", "SMS").build()).status());
    }

    @Test
    void atMostFiveCodesAnHourAndFiveWrongTriesVoidTheCode() {
        TestAccount buyer = Fixtures.buyer(api);
        String phone = newPhone();
        for (int i = 0; i < 5; i++) {
            assertEquals(202, buyer.api().post("/api/me/phone",
                    Json.createObjectBuilder().add("phone", phone).build()).status());
        }
        ApiClient.Response sixth = buyer.api().post("/api/me/phone",
                Json.createObjectBuilder().add("phone", phone).build());
        assertTrue(sixth.isProblem(429), sixth::toString);
        assertNotNull(sixth.header("Retry-After"));
        for (int i = 0; i < 5; i++) {
            assertTrue(verify(buyer, String.format("%06d", i)).isProblem(422));
        }
        // the right code of the last request no longer works: five wrong tries voided it
        awaitCount(phone, 5);
        String last = codeFrom(smsc.messagesTo(phone).get(smsc.messagesTo(phone).size() - 1).text());
        if (!List.of("000000", "000001", "000002", "000003", "000004").contains(last)) {
            assertTrue(verify(buyer, last).isProblem(422), "void after five wrong tries");
        }
    }

    @Test
    void aNewListingReachesItsSubscribersAndAReceiptMarksTheRowDelivered() {
        Verified buyer = verifiedBuyer();
        String product = "kiwi";
        assertEquals(201, buyer.account().api().post("/api/subscriptions", Json.createObjectBuilder()
                .add("kind", "NEW_LISTINGS").add("product", product).add("county", "溆浦县")
                .add("channel", "SMS").build()).status());
        TestAccount inApp = Fixtures.buyer(api);
        assertEquals(201, inApp.api().post("/api/subscriptions", Json.createObjectBuilder()
                .add("kind", "NEW_LISTINGS").add("product", product).add("channel", "IN_APP").build()).status());

        TestAccount coop = Fixtures.verifiedCooperative(api);
        ApiClient.Response listing = coop.api().post("/api/listings", listing(product, "7.80", "溆浦县"));
        assertEquals(201, listing.status(), listing::toString);

        TestSmsc.Sms sms = smsc.await(buyer.phone(), t -> t.contains("猕猴桃") && t.contains("7.8"), WAIT);
        assertTrue(sms.text().length() <= 70, "one SMS: " + sms.text());
        assertTrue(inApp.api().get("/api/notifications").object().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).anyMatch(n -> n.getString("message").contains("猕猴桃")),
                "the in-app subscriber has a notification");

        JsonObject row = awaitRow(buyer.phone(), r -> r.getString("text").equals(sms.text())
                && r.getString("status").equals("SENT"));
        for (String part : sms.messageIds()) {
            smsc.receipt(part, true);
        }
        JsonObject delivered = awaitRow(buyer.phone(), r -> r.getJsonNumber("id").longValue()
                == row.getJsonNumber("id").longValue() && r.getString("status").equals("DELIVERED"));
        assertEquals(1, delivered.getInt("attempts"));
        assertNotNull(delivered.getString("sentAt"));
    }

    @Test
    void theDailyDigestGoesOnceADayAtItsTimeAsAConcatenatedUcs2SmsWhoseReceiptsMarkItDelivered() {
        Verified buyer = verifiedBuyer();
        assertEquals(201, buyer.account().api().post("/api/subscriptions", Json.createObjectBuilder()
                .add("kind", "DAILY_PRICES").add("channel", "SMS").build()).status(), "every product that traded");
        TestAccount coop = Fixtures.verifiedCooperative(api);
        TestAccount trader = Fixtures.buyer(api);
        List<String> names = new java.util.ArrayList<>();
        LocalDate tradingDay;
        do { // the three trades on one market day, even when the suite runs across midnight in Shanghai
            names.clear();
            tradingDay = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            for (String name : List.of("摘要测试猕猴桃", "摘要测试脐橙", "摘要测试金银花")) {
                String product = Trades.product(api, name, "Digest test");
                names.add(name + " " + product);
                long listing = Trades.id(Trades.listing(coop, product, "8.50", "500", "digest"));
                Trades.act(coop, Trades.id(Trades.order(trader, listing, "40")), "confirm");
            }
        } while (!tradingDay.equals(LocalDate.now(ZoneId.of("Asia/Shanghai"))));

        // the next day, a minute after the digest time: the day's trades are "yesterday's figures"
        java.time.ZonedDateTime due = tradingDay.plusDays(1).atTime(DIGEST_TIME.plusMinutes(1))
                .atZone(ZoneId.of("Asia/Shanghai"));
        int refusedBefore = smsc.refusedCount();
        smsc.refuseAfter(buyer.phone(), 1, 2, 0x58); // "slow down" twice at the second part
        Fixtures.shiftMarketClock(api, Duration.between(Instant.now(), due.toInstant()));
        try {
            TestSmsc.Sms digest = smsc.await(buyer.phone(), t -> names.stream().allMatch(t::contains),
                    Duration.ofSeconds(150));
            assertTrue(digest.messageIds().size() > 1, "a concatenated SMS: " + digest);
            List<TestSmsc.Submit> parts = smsc.submits().stream()
                    .filter(p -> digest.messageIds().contains(p.messageId())).toList();
            assertEquals(digest.messageIds().size(), parts.size());
            assertTrue(parts.stream().allMatch(p -> p.dataCoding() == 0x08 && p.udh()), "UCS-2 parts with a UDH");
            assertEquals(2, smsc.refusedCount() - refusedBefore, "the second part was refused twice");
            assertEquals(parts.size(), smsc.submits().stream().filter(p -> p.to().equals(buyer.phone()) && p.udh())
                    .count(), "the part after which the SMSC asked to slow down is not sent again");

            JsonObject row = awaitRow(buyer.phone(), r -> r.getString("text").equals(digest.text())
                    && r.getString("status").equals("SENT"));
            assertEquals(1, row.getInt("attempts"), row::toString);
            for (String part : digest.messageIds()) {
                smsc.receipt(part, true);
            }
            awaitRow(buyer.phone(), r -> r.getJsonNumber("id").longValue() == row.getJsonNumber("id").longValue()
                    && r.getString("status").equals("DELIVERED"));

            pause(65_000); // the digest looks every minute: the next look finds the day's digest sent
            assertEquals(1, smsc.messagesTo(buyer.phone()).stream()
                    .filter(m -> m.text().contains(names.get(0))).count(), "once per day");
        } finally {
            Fixtures.shiftMarketClock(api, Duration.ZERO);
        }
    }

    @Test
    void aPriceAlertFiresOncePerCrossing() {
        TestAccount buyer = Fixtures.buyer(api);
        assertEquals(201, buyer.api().post("/api/subscriptions", Json.createObjectBuilder()
                .add("kind", "PRICE_ALERT").add("product", "tea").add("below", new BigDecimal("3.00"))
                .add("channel", "IN_APP").build()).status());
        assertTrue(buyer.api().post("/api/subscriptions", Json.createObjectBuilder().add("kind", "PRICE_ALERT")
                .add("product", "tea").add("channel", "IN_APP").build()).isProblem(422), "needs below or above");
        TestAccount coop = Fixtures.verifiedCooperative(api);
        assertEquals(201, coop.api().post("/api/listings", listing("tea", "2.50", "溆浦县")).status());
        assertEquals(201, coop.api().post("/api/listings", listing("tea", "2.40", "溆浦县")).status());
        long alerts = buyer.api().get("/api/notifications").object().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(n -> n.getString("message").contains("价格提醒")
                        || n.getString("message").contains("Price alert")).count();
        assertEquals(1, alerts, "the ask crossed below 3.00 once");
    }

    @Test
    void anSmscThatAsksToSlowDownMoreOftenThanATextHasAttemptsIsObeyedAndTheTextStillGoesOnce() {
        TestAccount buyer = Fixtures.buyer(api);
        String phone = newPhone();
        int asks = Backoff.MAX_ATTEMPTS + 1;
        int refusedBefore = smsc.refusedCount();
        smsc.refuseNext(phone, asks);
        assertEquals(202, buyer.api().post("/api/me/phone", Json.createObjectBuilder().add("phone", phone).build())
                .status());
        awaitGateway("throttled"); // what staff see while the sender holds off (pauses of 0.1 s, 0.2 s … 3.2 s)
        smsc.await(phone, t -> t.contains("验证码"), WAIT);
        JsonObject row = awaitRow(phone, r -> r.getString("status").equals("SENT"));
        awaitGateway("bound");
        assertEquals(asks, smsc.refusedCount() - refusedBefore, "the SMSC said \"slow down\" that often");
        assertEquals(1, row.getInt("attempts"), () -> "being asked to slow down is not a failed attempt: " + row);
        assertEquals(1, smsc.messagesTo(phone).size(), "accepted once");
    }

    /** Waits until /health/ready reports the SMS gateway in that state. */
    private void awaitGateway(String state) {
        Instant until = Instant.now().plus(WAIT);
        String seen = "";
        while (Instant.now().isBefore(until)) {
            seen = api.get("/health/ready").object().getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                    .filter(c -> c.getString("name").equals("sms-gateway"))
                    .map(c -> c.getJsonObject("data").getString("gateway")).findFirst().orElse("");
            if (seen.equals(state)) {
                return;
            }
            pause(50);
        }
        throw new AssertionError("the gateway is " + seen + ", not " + state);
    }

    @Test
    void aTextTheSmscRefusesIsRetriedWithBackoffAndEachRefusalIsAnAttempt() {
        TestAccount buyer = Fixtures.buyer(api);
        String phone = newPhone();
        smsc.refuseNext(phone, 2, 0x0B); // ESME_RINVDSTADR: the SMSC's fault or the number's, not a pace
        assertEquals(202, buyer.api().post("/api/me/phone", Json.createObjectBuilder().add("phone", phone).build())
                .status());
        smsc.await(phone, t -> t.contains("验证码"), WAIT);
        JsonObject row = awaitRow(phone, r -> r.getString("status").equals("SENT"));
        assertEquals(3, row.getInt("attempts"), row::toString);
        assertEquals(1, smsc.messagesTo(phone).size(), "accepted once");
    }

    @Test
    void messagesWaitWhileTheSmscIsDownAndGoWhenItIsBack() throws InterruptedException {
        TestAccount buyer = Fixtures.buyer(api);
        String phone = newPhone();
        smsc.stop();
        try {
            assertEquals(202, buyer.api().post("/api/me/phone",
                    Json.createObjectBuilder().add("phone", phone).build()).status());
            Thread.sleep(3000);
            JsonObject waiting = awaitRow(phone, r -> true);
            assertEquals("QUEUED", waiting.getString("status"));
            assertTrue(smsc.messagesTo(phone).isEmpty());
            assertTrue(api.get("/health/ready").body().contains("sms-gateway"));
        } finally {
            smsc.resume();
        }
        smsc.await(phone, t -> t.contains("验证码"), WAIT);
        assertEquals("SENT", awaitRow(phone, r -> r.getString("status").equals("SENT")).getString("status"));
        assertTrue(api.get("/health/ready").body().contains("bound"));
    }

    @Test
    void aTextToOnePersonGoesBeforeTextsToSubscribersQueuedEarlier() throws InterruptedException {
        Verified subscriber = verifiedBuyer();
        String county = "辰溪县";
        assertEquals(201, subscriber.account().api().post("/api/subscriptions", Json.createObjectBuilder()
                .add("kind", "NEW_LISTINGS").add("product", "grape").add("county", county)
                .add("channel", "SMS").build()).status());
        TestAccount coop = Fixtures.verifiedCooperative(api);
        TestAccount newcomer = Fixtures.buyer(api);
        String phone = newPhone();
        int before;
        smsc.stop();
        try {
            before = smsc.submits().size();
            // three texts to a list, then a code to one person, all waiting for the SMSC
            for (String price : List.of("6.10", "6.20", "6.30")) {
                ApiClient.Response listed = coop.api().post("/api/listings", listing("grape", price, county));
                assertEquals(201, listed.status(), listed::toString);
            }
            awaitQueued(subscriber.phone(), 3);
            assertEquals(202, newcomer.api().post("/api/me/phone",
                    Json.createObjectBuilder().add("phone", phone).build()).status());
            assertFalse(awaitRow(phone, r -> r.getString("status").equals("QUEUED")).getBoolean("bulk"));
            assertTrue(awaitRow(subscriber.phone(), r -> r.getString("status").equals("QUEUED")).getBoolean("bulk"));
        } finally {
            smsc.resume();
        }
        smsc.await(phone, t -> t.contains("验证码"), WAIT);
        for (String price : List.of("6.1", "6.2", "6.3")) {
            smsc.await(subscriber.phone(), t -> t.contains(price), WAIT);
        }
        List<String> order = smsc.submits().subList(before, smsc.submits().size()).stream()
                .map(TestSmsc.Submit::to).filter(to -> to.equals(phone) || to.equals(subscriber.phone())).toList();
        assertEquals(phone, order.get(0), "the code went first, though queued last: " + order);
    }

    /** Waits until this many texts to that phone wait in the outbox. */
    private static void awaitQueued(String phone, int n) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        long queued = 0;
        while (Instant.now().isBefore(deadline)) {
            queued = staff.api().get("/api/admin/outbox?status=QUEUED&size=100").object().getJsonArray("items")
                    .stream().map(JsonValue::asJsonObject).filter(r -> r.getString("to").equals(phone)).count();
            if (queued >= n) {
                return;
            }
            Thread.sleep(150);
        }
        assertEquals(n, queued, "texts queued to " + phone);
    }

    @Test
    void whenTheLinkBreaksInARoundTheTextsNotYetSubmittedAreGivenBackWithTheirAttempts() {
        List<String> phones = new java.util.ArrayList<>();
        smsc.stop();
        try {
            // queued while the SMSC is down, so that the sender claims all six in one round once it is back
            for (int i = 0; i < 6; i++) {
                String phone = newPhone();
                phones.add(phone);
                assertEquals(202, Fixtures.buyer(api).api().post("/api/me/phone",
                        Json.createObjectBuilder().add("phone", phone).build()).status());
            }
            smsc.breakLinkAt(phones.get(1));
        } finally {
            smsc.resume();
        }
        for (String phone : phones) {
            smsc.await(phone, t -> t.contains("验证码"), Duration.ofSeconds(60));
        }
        Map<String, Integer> attempts = phones.stream().collect(Collectors.toMap(p -> p,
                p -> awaitRow(p, r -> r.getString("status").equals("SENT")).getInt("attempts")));
        assertEquals(1, attempts.get(phones.get(0)), "submitted before the link broke");
        assertEquals(2, attempts.get(phones.get(1)), "the submit the link broke under is a failed attempt");
        for (String phone : phones.subList(2, phones.size())) {
            assertEquals(1, attempts.get(phone), "claimed, given back unsubmitted, sent in a later round");
        }
        for (String phone : phones) {
            assertEquals(1, smsc.messagesTo(phone).size(), "accepted once: " + phone);
        }
    }

    @Test
    void repliesFromPhones() {
        Verified buyer = verifiedBuyer();
        ApiClient me = buyer.account().api();
        for (String kind : List.of("DAILY_PRICES", "NEW_DEMANDS")) {
            assertEquals(201, me.post("/api/subscriptions", Json.createObjectBuilder().add("kind", kind)
                    .add("product", "grape").add("channel", "SMS").build()).status());
        }
        assertEquals(201, me.post("/api/subscriptions", Json.createObjectBuilder().add("kind", "NEW_DEMANDS")
                .add("channel", "IN_APP").build()).status());

        smsc.reply(buyer.phone(), "JG 提子");
        smsc.await(buyer.phone(), t -> t.startsWith("提子"), WAIT);
        smsc.reply(buyer.phone(), "hello");
        smsc.await(buyer.phone(), t -> t.contains("JG"), WAIT);

        smsc.reply(buyer.phone(), "TD");
        smsc.await(buyer.phone(), t -> t.startsWith("已退订"), WAIT);
        List<String> left = me.get("/api/subscriptions").object().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).map(s -> s.getString("channel")).toList();
        assertEquals(List.of("IN_APP"), left, "every SMS subscription ended, the in-app one stays");

        String stranger = newPhone();
        smsc.reply(stranger, "TD");
        smsc.await(stranger, t -> t.contains("JG"), WAIT);
    }

    @RegisterExtension
    final Browser chinese = new Browser("zh-CN");

    @RegisterExtension
    final Browser english = new Browser("en-US");

    @Test
    void aFarmerVerifiesThePhoneAndSubscribesOnThePageAndUnsubscribesWithOneTap() {
        TestAccount buyer = Fixtures.buyer(api);
        String phone = newPhone();
        chinese.viewport(360, 800);
        new SignInPage(chinese, server.baseUrl()).open().signIn(buyer.username(), Fixtures.PASSWORD);
        SubscriptionsPage page = new SubscriptionsPage(chinese, server.baseUrl()).open();
        page.requestCode(phone);
        String code = codeFrom(smsc.await(phone, t -> t.contains("验证码"), WAIT).text());
        page.verify(code, phone.substring(phone.length() - 4));
        page.add("NEW_LISTINGS", "kiwi", "溆浦县", null, "SMS");
        page.add("PRICE_ALERT", "tea", null, "3.5", "IN_APP");
        assertEquals(2, page.subscriptions().size());
        assertTrue(chinese.horizontalOverflow() <= 0, "fits 360 px");
        chinese.assertNoConsoleErrors();
        chinese.assertAccessible("subscriptions (zh, 360)");
        chinese.fullPageScreenshot("pages", "subscriptions-zh-360", 360);

        String link = page.firstUnsubscribeLink();
        page.removeFirst();
        assertEquals(1, page.subscriptions().size());
        english.viewport(1280, 800);
        english.open(page.firstUnsubscribeLink());
        english.waitFor(By.id("unsubscribe:unsubscribe-now"));
        english.assertAccessible("unsubscribe (en)");
        english.fullPageScreenshot("pages", "unsubscribe-en-1280", 1280);
        english.click(By.id("unsubscribe:unsubscribe-now"));
        english.waitFor(By.id("unsubscribed"));
        english.open(link);
        english.waitFor(By.id("unsubscribe-gone"));
        assertEquals(0, buyer.api().get("/api/subscriptions").object().getInt("total"));

        new SignInPage(english, server.baseUrl()).open().signIn(HarvestServer.ADMIN_USERNAME,
                HarvestServer.ADMIN_PASSWORD);
        english.open(server.baseUrl() + "/staff/outbox.xhtml");
        english.waitFor(By.id("outbox-rows"));
        assertTrue(english.text(By.id("outbox-rows")).contains(phone));
        assertEquals("SMS gateway: connected", english.text(By.id("gateway-state")));
        english.assertNoConsoleErrors();
        english.assertAccessible("staff outbox (en, 1280)");
        english.fullPageScreenshot("pages", "staff-outbox-en-1280", 1280);
        english.open(server.baseUrl() + "/subscriptions.xhtml");
        english.fullPageScreenshot("pages", "subscriptions-en-1280", 1280);

        chinese.driver().manage().deleteAllCookies();
        new SignInPage(chinese, server.baseUrl()).open().signIn(HarvestServer.ADMIN_USERNAME,
                HarvestServer.ADMIN_PASSWORD);
        chinese.open(server.baseUrl() + "/staff/outbox.xhtml");
        chinese.waitFor(By.id("outbox-rows"));
        assertEquals("短信网关：已连接", chinese.text(By.id("gateway-state")));
        chinese.fullPageScreenshot("pages", "staff-outbox-zh-360", 360);
    }

    @Test
    void anAnsweredLetterTextsItsWriterAndANewPostReachesPostsSubscribers() {
        String phone = newPhone();
        ApiClient.Response letter = api.post("/api/letters", Json.createObjectBuilder().add("category", "CONSULTATION")
                .add("subject", "猕猴桃溃疡病怎么防治").add("body", "今年果园发现溃疡病，请问怎么办？")
                .add("name", "张大爷").add("phone", phone).add("mayPublish", false).build());
        assertEquals(201, letter.status(), letter::toString);
        String number = letter.object().getString("trackingNumber");
        ApiClient.Response answered = staff.api().post("/api/letters/" + letter.object().getJsonNumber("id")
                + "/answer", Json.createObjectBuilder().add("text", "请剪除病枝并喷施铜制剂。").add("publish", false).build());
        assertEquals(200, answered.status(), answered::toString);
        TestSmsc.Sms sms = smsc.await(phone, t -> t.contains(number), WAIT);
        assertTrue(sms.text().length() <= 70, sms.text());

        TestAccount reader = Fixtures.buyer(api);
        assertEquals(201, reader.api().post("/api/subscriptions", Json.createObjectBuilder().add("kind", "POSTS")
                .add("channel", "IN_APP").build()).status());
        ApiClient.Response post = staff.api().post("/api/posts", Json.createObjectBuilder().add("kind", "NOTICE")
                .add("title", "冬季柑橘防冻通知").add("body", "各合作社请做好防冻。").add("lang", "zh").build());
        assertEquals(201, post.status(), post::toString);
        assertTrue(reader.api().get("/api/notifications").object().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).anyMatch(n -> n.getString("message").contains("冬季柑橘防冻通知")),
                "the POSTS subscriber is told");
    }

    @Test
    void theOutboxIsForStaffOnly() {
        assertTrue(Fixtures.buyer(api).api().get("/api/admin/outbox").isProblem(403));
        assertTrue(api.get("/api/admin/outbox").isProblem(401));
        assertTrue(staff.api().get("/api/admin/outbox?status=LOST").isProblem(422));
        JsonObject page = staff.api().get("/api/admin/outbox?status=SENT&size=5").object();
        assertTrue(page.containsKey("total"));
    }

    record Verified(TestAccount account, String phone) {
    }

    static Verified verifiedBuyer() {
        TestAccount buyer = Fixtures.buyer(api);
        String phone = newPhone();
        assertEquals(202, buyer.api().post("/api/me/phone", Json.createObjectBuilder().add("phone", phone).build())
                .status());
        String code = codeFrom(smsc.await(phone, t -> t.contains("验证码"), WAIT).text());
        assertEquals(200, verify(buyer, code).status());
        return new Verified(buyer, phone);
    }

    static ApiClient.Response verify(TestAccount account, String code) {
        return account.api().post("/api/me/phone/verify", Json.createObjectBuilder().add("code", code).build());
    }

    static String codeFrom(String text) {
        Matcher m = Pattern.compile("(\\d{6})").matcher(text);
        assertTrue(m.find(), text);
        return m.group(1);
    }

    static JsonObject listing(String product, String price, String county) {
        return Json.createObjectBuilder().add("product", product).add("grade", "FIRST")
                .add("certifications", Json.createArrayBuilder()).add("quantity", new BigDecimal("500"))
                .add("minOrderQuantity", new BigDecimal("10")).add("unitPrice", new BigDecimal(price))
                .add("county", county).add("availableFrom", TODAY.toString())
                .add("availableUntil", TODAY.plusDays(30).toString()).add("description", "SMS test").build();
    }

    private static void awaitCount(String phone, int n) {
        Instant deadline = Instant.now().plus(WAIT);
        while (smsc.messagesTo(phone).size() < n && Instant.now().isBefore(deadline)) {
            pause(100);
        }
        assertEquals(n, smsc.messagesTo(phone).size());
    }

    /** Waits for an outbox row to that phone matching the predicate (as staff read it over the API). */
    static JsonObject awaitRow(String phone, Predicate<JsonObject> wanted) {
        Instant deadline = Instant.now().plus(WAIT);
        List<JsonObject> rows = List.of();
        while (Instant.now().isBefore(deadline)) {
            rows = staff.api().get("/api/admin/outbox?size=100").object().getJsonArray("items").stream()
                    .map(JsonValue::asJsonObject).filter(r -> r.getString("to").equals(phone))
                    .collect(Collectors.toList());
            for (JsonObject row : rows) {
                if (wanted.test(row)) {
                    return row;
                }
            }
            pause(150);
        }
        assertFalse(true, "No matching outbox row to " + phone + ": " + rows);
        return null;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
