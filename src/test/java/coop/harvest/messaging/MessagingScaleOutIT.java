package coop.harvest.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Fixtures;
import coop.harvest.it.HarvestServer;
import coop.harvest.it.TestDatabase;
import coop.harvest.it.TestSmsc;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances share one Derby network server (one PostgreSQL database in the PostgreSQL pass) and one SMSC; both
 * senders drain the same outbox every 100 ms, claiming batches of rows. Every outbox row is sent exactly once, and
 * receipts settle their rows whichever instance they reach and however early they come.
 */
class MessagingScaleOutIT {

    private static TestDatabase.Shared database;
    private static TestSmsc smsc;
    private static HarvestServer first;
    private static HarvestServer second;
    private static ApiClient staff;

    @BeforeAll
    static void start() throws InterruptedException {
        database = TestDatabase.shared("sms-network-derby");
        smsc = TestSmsc.start();
        first = instance("sms-a");
        second = instance("sms-b");
        staff = Fixtures.staff(second.api()).api();
        Instant bound = Instant.now().plusSeconds(30);
        while (smsc.bindCount() < 2 && Instant.now().isBefore(bound)) {
            Thread.sleep(100);
        }
        assertTrue(smsc.bindCount() >= 2, "both instances bound");
    }

    private static HarvestServer instance(String name) {
        Map<String, String> env = MessagingIT.environment(smsc);
        env.put("HARVEST_DATA_DIR", HarvestServer.newDataDir(name).toString());
        env.putAll(database.environment());
        env.put("HARVEST_SMS_POLL_MILLIS", "100");
        return HarvestServer.start(name, env);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable closeable : new AutoCloseable[]{first, second, smsc, database}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void everyOutboxRowIsSentExactlyOnceByTwoInstances() throws InterruptedException {
        // a slow SMSC keeps each claimed batch in flight (leased) for a while, so the other instance's claims keep
        // running into rows that are held: none of them may be claimed again while the lease holds
        smsc.slowSubmits(Duration.ofMillis(20));
        try {
            List<String> phones = replies(150, "hello");
            Set<String> wanted = Set.copyOf(phones);
            awaitTexts(wanted);
            Thread.sleep(2000);
            List<TestSmsc.Submit> submits = smsc.submits().stream().filter(m -> wanted.contains(m.to())).toList();
            Map<String, Long> perPhone = submits.stream()
                    .collect(Collectors.groupingBy(TestSmsc.Submit::to, Collectors.counting()));
            assertEquals(phones.size(), perPhone.size(), "every phone got its answer");
            assertTrue(perPhone.values().stream().allMatch(n -> n == 1), "nothing twice: " + perPhone);
            assertEquals(2, submits.stream().map(TestSmsc.Submit::session).distinct().count(),
                    "both instances sent some of the texts (else their claims never competed)");

            List<JsonObject> rows = rows(wanted);
            assertEquals(phones.size(), rows.size());
            // every claim counts an attempt: a row claimed by both instances would show two
            assertTrue(rows.stream().allMatch(r -> r.getString("status").equals("SENT") && r.getInt("attempts") == 1),
                    rows::toString);
        } finally {
            smsc.slowSubmits(Duration.ZERO);
        }
    }

    @Test
    void receiptsThatComeBeforeTheTextIsRecordedAsSentStillSettleIt() throws InterruptedException {
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String phone = MessagingIT.newPhone();
            phones.add(phone);
            // each receipt follows its submit at once, to a random instance: mostly before the batch is recorded
            smsc.receiptsAtOnce(phone, i % 4 != 0);
        }
        for (String phone : phones) {
            smsc.reply(phone, "hello");
        }
        Set<String> wanted = Set.copyOf(phones);
        awaitTexts(wanted);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        List<JsonObject> rows = rows(wanted);
        while (Instant.now().isBefore(deadline) && (rows.size() < phones.size()
                || rows.stream().anyMatch(r -> r.getString("status").equals("SENT")
                || r.getString("status").equals("QUEUED")))) {
            Thread.sleep(300);
            rows = rows(wanted);
        }
        assertEquals(phones.size(), rows.size());
        for (JsonObject row : rows) {
            boolean delivered = phones.indexOf(row.getString("to")) % 4 != 0;
            assertEquals(delivered ? "DELIVERED" : "FAILED", row.getString("status"), row::toString);
            if (!delivered) {
                assertEquals("undelivered (receipt)", row.getString("lastError"), row::toString);
            }
        }
    }

    /** New phones that each send the text; every one gets an answer queued in the outbox. */
    private static List<String> replies(int count, String text) {
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String phone = MessagingIT.newPhone();
            phones.add(phone);
            smsc.reply(phone, text);
        }
        return phones;
    }

    private static void awaitTexts(Set<String> phones) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline) && smsc.messages().stream().map(TestSmsc.Sms::to)
                .filter(phones::contains).distinct().count() < phones.size()) {
            Thread.sleep(200);
        }
    }

    /** The outbox rows to these phones, as staff see them. */
    private static List<JsonObject> rows(Set<String> phones) {
        List<JsonObject> rows = new ArrayList<>();
        for (int page = 0; page < 10; page++) {
            List<JsonObject> items = staff.get("/api/admin/outbox?size=100&page=" + page).object()
                    .getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
            items.stream().filter(r -> phones.contains(r.getString("to"))).forEach(rows::add);
            if (items.size() < 100) {
                break;
            }
        }
        return rows;
    }
}
