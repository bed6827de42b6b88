package coop.harvest.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Fixtures;
import coop.harvest.it.Fixtures.TestAccount;
import coop.harvest.it.HarvestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The server is killed (SIGKILL, no shutdown) while buyers are ordering; after a restart on the same data folder
 * every order it acknowledged with 201 is there, the listing's quantities add up, and a request whose answer was
 * lost in the crash can be sent again with its Idempotency-Key without buying twice.
 */
class CrashDurabilityIT {

    private static final int BUYERS = 12;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 30;
    private static final BigDecimal OFFERED = new BigDecimal("1000.000");

    record Attempt(String key, TestAccount buyer, String body) {
    }

    @Test
    void everyAcknowledgedOrderSurvivesAKillAndLostAnswersCanBeRetried() throws Exception {
        Path dataDir = HarvestServer.newDataDir("crash");
        Map<Long, BigDecimal> acknowledged = new ConcurrentHashMap<>();
        Map<String, Attempt> lostInFlight = new ConcurrentHashMap<>();
        List<TestAccount> buyers;
        long listingId;
        HarvestServer server = HarvestServer.start("crash", HarvestServer.defaultEnvironment(dataDir));
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(BUYERS);
        try {
            listingId = SaleFixtures.activeListing(Fixtures.verifiedCooperative(server.api()).api(), OFFERED, "8.80");
            buyers = SaleFixtures.buyers(BUYERS, server);
            for (TestAccount buyer : buyers) {
                clients.submit(() -> {
                    while (running.get()) {
                        Attempt attempt = new Attempt(UUID.randomUUID().toString(), buyer, Json.createObjectBuilder()
                                .add("listingId", listingId).add("quantity", 1 + acknowledged.size() % 3).build()
                                .toString());
                        try {
                            ApiClient.Response created = order(server.api(), attempt);
                            if (created.status() == 201) {
                                acknowledged.put(created.object().getJsonNumber("id").longValue(),
                                        created.object().getJsonNumber("quantity").bigDecimalValue());
                            }
                        } catch (IllegalStateException connectionLost) {
                            lostInFlight.put(attempt.key(), attempt);
                            return null;
                        }
                    }
                    return null;
                });
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline) {
                Thread.sleep(20);
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
            Map<Long, BigDecimal> stored = ordersOf(staff, listingId);
            for (Map.Entry<Long, BigDecimal> order : acknowledged.entrySet()) {
                assertEquals(0, order.getValue().compareTo(stored.getOrDefault(order.getKey(), BigDecimal.ZERO)),
                        () -> "acknowledged order lost or changed: " + order);
            }
            assertQuantitiesAddUp(restarted.api(), listingId, stored);

            Set<Long> retried = new TreeSet<>();
            for (Attempt attempt : lostInFlight.values()) {
                ApiClient.Response again = order(restarted.api(), attempt);
                assertEquals(201, again.status(), again::toString);
                retried.add(again.object().getJsonNumber("id").longValue());
                ApiClient.Response replay = order(restarted.api(), attempt);
                assertEquals(again.object().getJsonNumber("id"), replay.object().getJsonNumber("id"), "replayed");
            }
            Map<Long, BigDecimal> after = ordersOf(staff, listingId);
            Set<Long> expected = new TreeSet<>(stored.keySet());
            expected.addAll(retried);
            assertEquals(expected, new TreeSet<>(after.keySet()), "a retried key never buys twice");
            assertQuantitiesAddUp(restarted.api(), listingId, after);
            System.out.printf("Crash durability: %d orders acknowledged before SIGKILL, all present after restart "
                    + "(%d stored); %d answers lost in flight, retried with their keys into %d orders%n",
                    acknowledged.size(), stored.size(), lostInFlight.size(), retried.size());
        }
    }

    private static ApiClient.Response order(ApiClient api, Attempt attempt) {
        return api.withToken(attempt.buyer().token()).withHeader("Idempotency-Key", attempt.key())
                .post("/api/orders", attempt.body());
    }

    private static void assertQuantitiesAddUp(ApiClient api, long listingId, Map<Long, BigDecimal> orders) {
        JsonObject listing = api.get("/api/listings/" + listingId).object();
        BigDecimal ordered = orders.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal available = listing.getJsonNumber("available").bigDecimalValue();
        assertEquals(0, OFFERED.compareTo(available.add(ordered)),
                () -> "available " + available + " + ordered " + ordered + " != offered " + OFFERED);
    }

    /** Every order on the listing, as staff see them. */
    private static Map<Long, BigDecimal> ordersOf(ApiClient staff, long listingId) {
        Map<Long, BigDecimal> orders = new ConcurrentHashMap<>();
        for (int page = 0; ; page++) {
            ApiClient.Response answer = staff.get("/api/orders?size=100&page=" + page);
            assertEquals(200, answer.status(), answer::toString);
            List<JsonValue> items = new ArrayList<>(answer.object().getJsonArray("items"));
            for (JsonValue item : items) {
                JsonObject order = item.asJsonObject();
                if (order.getJsonNumber("listingId").longValue() == listingId) {
                    orders.put(order.getJsonNumber("id").longValue(),
                            order.getJsonNumber("quantity").bigDecimalValue());
                }
            }
            if (items.size() < 100) {
                return orders;
            }
        }
    }
}
