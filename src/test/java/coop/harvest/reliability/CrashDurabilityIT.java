package coop.harvest.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Fixtures;
import coop.harvest.it.HarvestServer;
import jakarta.json.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The server is killed (SIGKILL, no shutdown) while clients are writing; after a restart on the same data folder
 * everything it acknowledged with 201 is there.
 */
class CrashDurabilityIT {

    private static final int CLIENTS = 8;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 24;

    @Test
    void everyAcknowledgedRegistrationSurvivesAKill() throws Exception {
        Path dataDir = HarvestServer.newDataDir("crash");
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger lostInFlight = new AtomicInteger();
        HarvestServer server = HarvestServer.start("crash", HarvestServer.defaultEnvironment(dataDir));
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            ApiClient api = server.api();
            for (int i = 0; i < CLIENTS; i++) {
                clients.submit(() -> {
                    while (running.get()) {
                        String username = Fixtures.unique("survivor");
                        try {
                            ApiClient.Response created = api.post("/api/accounts", Json.createObjectBuilder()
                                    .add("username", username).add("password", Fixtures.PASSWORD)
                                    .add("displayName", "幸存者").add("role", "BUYER").build());
                            if (created.status() == 201) {
                                acknowledged.put(username, created.object().getJsonNumber("id").longValue());
                            }
                        } catch (IllegalStateException connectionLost) {
                            lostInFlight.incrementAndGet();
                        }
                    }
                });
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            server.kill();
        } finally {
            running.set(false);
            clients.shutdown();
            clients.awaitTermination(90, TimeUnit.SECONDS);
            server.close();
        }
        assertTrue(acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL, "load ran before the kill: " + acknowledged.size());

        try (HarvestServer restarted = HarvestServer.start("crash-restart", HarvestServer.defaultEnvironment(dataDir))) {
            ApiClient staff = Fixtures.staff(restarted.api()).api();
            for (Map.Entry<String, Long> account : acknowledged.entrySet()) {
                ApiClient.Response found = staff.get("/api/accounts/" + account.getValue());
                assertEquals(200, found.status(), () -> "acknowledged account lost: " + account);
                assertEquals(account.getKey(), found.object().getString("username"));
            }
            String anyone = List.copyOf(acknowledged.keySet()).get(0);
            Fixtures.token(restarted.api(), anyone, Fixtures.PASSWORD);
            System.out.printf("Crash durability: %d registrations acknowledged before SIGKILL, all present after "
                    + "restart; %d requests were in flight when the server died%n", acknowledged.size(),
                    lostInFlight.get());
        }
    }
}
