package coop.harvest.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Two instances share one Derby network server and one SMSC; both senders drain the same outbox every 100 ms.
 * Every outbox row is sent exactly once.
 */
class MessagingScaleOutIT {

    private static TestDatabase.Shared database;
    private static TestSmsc smsc;
    private static HarvestServer first;
    private static HarvestServer second;

    @BeforeAll
    static void start() {
        database = TestDatabase.shared("sms-network-derby");
        smsc = TestSmsc.start();
        first = instance("sms-a");
        second = instance("sms-b");
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
        Instant bound = Instant.now().plusSeconds(30);
        while (smsc.bindCount() < 2 && Instant.now().isBefore(bound)) {
            Thread.sleep(100);
        }
        assertTrue(smsc.bindCount() >= 2, "both instances bound");
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String phone = MessagingIT.newPhone();
            phones.add(phone);
            smsc.reply(phone, "hello " + i);
        }
        Set<String> wanted = Set.copyOf(phones);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline) && smsc.messages().stream().map(TestSmsc.Sms::to)
                .filter(wanted::contains).distinct().count() < phones.size()) {
            Thread.sleep(200);
        }
        Thread.sleep(2000);
        Map<String, Long> perPhone = smsc.messages().stream().filter(m -> wanted.contains(m.to()))
                .collect(Collectors.groupingBy(TestSmsc.Sms::to, Collectors.counting()));
        assertEquals(phones.size(), perPhone.size(), "every phone got its answer");
        assertTrue(perPhone.values().stream().allMatch(n -> n == 1), "nothing twice: " + perPhone);

        List<JsonObject> rows = Fixtures.staff(second.api()).api().get("/api/admin/outbox?size=100").object()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(r -> wanted.contains(r.getString("to"))).toList();
        assertEquals(phones.size(), rows.size());
        assertTrue(rows.stream().allMatch(r -> r.getString("status").equals("SENT") && r.getInt("attempts") == 1),
                rows::toString);
    }
}
