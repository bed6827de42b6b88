package coop.harvest.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Fixtures;
import coop.harvest.it.Fixtures.TestAccount;
import coop.harvest.it.HarvestServer;
import coop.harvest.it.TestDatabase;
import jakarta.json.Json;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The production layout of src/deploy: two instances on one PostgreSQL behind HAProxy running the shipped
 * haproxy.cfg. 64 buyers order one listing through the load balancer until it is sold out while one instance is
 * killed (SIGKILL) in the middle: nothing is oversold and every order acknowledged with 201 exists afterwards
 * (a buyer whose request was cut off repeats it with the same Idempotency-Key, as clients do). And a change made on
 * one instance shows on the other at once, although its public cache would keep answers for ten minutes.
 * Runs in the PostgreSQL pass ({@code mvn verify -Ppostgres}); elsewhere it is skipped with the reason, except in CI.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoadBalancedIT {

    private static final int BUYERS = 64;
    private static final BigDecimal OFFERED = new BigDecimal("160.000");
    private static final int ACKNOWLEDGED_BEFORE_KILL = 40;

    private static TestDatabase.Shared database;
    private static HarvestServer first;
    private static HarvestServer second;
    private static Process haproxy;
    private static ApiClient balanced;

    @BeforeAll
    static void startTwoInstancesBehindHaproxy() throws Exception {
        String missing = missing();
        if (missing != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(missing);
            }
            Assumptions.abort(missing);
        }
        database = TestDatabase.shared("balanced");
        first = instance("balanced-a");
        second = instance("balanced-b");
        int port = HarvestServer.freePort();
        Path log = Path.of(System.getProperty("harvest.target", "target"), "haproxy-" + port + ".log");
        ProcessBuilder builder = new ProcessBuilder(haproxyBinary(), "-db", "-f", config().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("HARVEST_LB_BIND", "127.0.0.1:" + port);
        builder.environment().put("HARVEST_APP1", "127.0.0.1:" + first.port());
        builder.environment().put("HARVEST_APP2", "127.0.0.1:" + second.port());
        haproxy = builder.start();
        balanced = new ApiClient("http://127.0.0.1:" + port);
        Instant deadline = Instant.now().plusSeconds(30);
        while (!ready(balanced)) {
            if (!haproxy.isAlive() || Instant.now().isAfter(deadline)) {
                fail("HAProxy did not come up; see " + log);
            }
            Thread.sleep(200);
        }
    }

    private static HarvestServer instance(String name) {
        Map<String, String> env = HarvestServer.defaultEnvironment(HarvestServer.newDataDir(name));
        env.putAll(database.environment());
        // long enough that only the shared data version can explain a fresh answer
        env.put("HARVEST_PUBLIC_CACHE_SECONDS", "600");
        env.put("HARVEST_DATA_VERSION_MILLIS", "0");
        return HarvestServer.start(name, env);
    }

    private static String missing() {
        if (!TestDatabase.postgres()) {
            return "LoadBalancedIT runs in the PostgreSQL pass only: mvn verify -Ppostgres";
        }
        if (haproxyBinary() == null) {
            return "HAProxy is not installed (apt-get install haproxy): LoadBalancedIT skipped";
        }
        if (!TestDatabase.postgresReachable()) {
            return "No PostgreSQL answers at harvest.pg.url: LoadBalancedIT skipped";
        }
        return null;
    }

    private static String haproxyBinary() {
        for (String candidate : List.of("/usr/sbin/haproxy", "/usr/bin/haproxy", "/usr/local/sbin/haproxy")) {
            if (new File(candidate).canExecute()) {
                return candidate;
            }
        }
        return null;
    }

    private static Path config() {
        Path shipped = Path.of(System.getProperty("harvest.target", "target")).getParent()
                .resolve("src/deploy/haproxy.cfg");
        if (!Files.isRegularFile(shipped)) {
            fail("missing " + shipped);
        }
        return shipped;
    }

    private static boolean ready(ApiClient api) {
        try {
            return api.get("/health/ready").status() == 200;
        } catch (IllegalStateException notYet) {
            return false;
        }
    }

    @AfterAll
    static void stop() {
        if (haproxy != null) {
            haproxy.destroy();
            try {
                haproxy.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            haproxy.destroyForcibly();
        }
        for (AutoCloseable closeable : new AutoCloseable[]{first, second, database}) {
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
    @Order(1)
    void aListingPublishedOnOneInstanceShowsOnTheOtherAtOnce() throws Exception {
        TestAccount cooperative = Fixtures.verifiedCooperative(first.api());
        String word = "balanced" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String search = "/api/listings?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8);
        assertEquals(0, second.api().get(search).object().getInt("total"), "nothing yet (and now cached)");
        assertEquals(0, second.api().get(search).object().getInt("total"));

        LoadBalancedListing.create(cooperative.api(), new BigDecimal("50"), "7.20", word);

        // the other instance learns of the change in the background after the commit: a moment, not 600 s
        Instant deadline = Instant.now().plusSeconds(10);
        int seen = 0;
        while (seen == 0 && Instant.now().isBefore(deadline)) {
            seen = second.api().get(search).object().getInt("total");
            if (seen == 0) {
                Thread.sleep(50);
            }
        }
        assertEquals(1, seen, "the second instance still answers from its cache");
    }

    @Test
    @Order(2)
    void aTokenEndedOnOneInstanceIsRefusedOnTheOtherAtOnce() throws Exception {
        TestAccount buyer = Fixtures.buyer(first.api());
        ApiClient revokedOnFirst = first.api().withToken(buyer.token());
        ApiClient onSecond = second.api().withToken(buyer.token());
        for (int i = 0; i < 3; i++) { // each instance now remembers who the token stands for
            assertEquals(200, revokedOnFirst.get("/api/me").status());
            assertEquals(200, onSecond.get("/api/me").status());
        }
        assertEquals(204, revokedOnFirst.delete("/api/auth/token").status());
        assertEquals(401, revokedOnFirst.get("/api/me").status(), "refused where it was revoked");
        assertEquals(401, Revocations.meOnceSettled(onSecond).status(),
                "the other instance still takes the revoked token");

        // a new password set on the second instance ends the tokens the first remembers
        String token = Fixtures.token(first.api(), buyer.username(), Fixtures.PASSWORD);
        ApiClient onFirst = first.api().withToken(token);
        ApiClient changedOnSecond = second.api().withToken(token);
        for (int i = 0; i < 3; i++) {
            assertEquals(200, onFirst.get("/api/me").status());
            assertEquals(200, changedOnSecond.get("/api/me").status());
        }
        assertEquals(204, changedOnSecond.put("/api/me/password", Json.createObjectBuilder()
                .add("current", Fixtures.PASSWORD).add("password", "orchard-rain-2026-new").build()).status());
        assertEquals(401, Revocations.meOnceSettled(onFirst).status(),
                "the first instance still takes a token the password ended");
    }

    @Test
    @Order(3) // it kills the second instance
    void sixtyFourBuyersNeverOversellAndAKilledInstanceLosesNoAcknowledgedOrder() throws Exception {
        TestAccount cooperative = Fixtures.verifiedCooperative(balanced);
        long listingId = LoadBalancedListing.create(cooperative.api(), OFFERED, "9.60", "balanced sale");
        List<TestAccount> buyers = new ArrayList<>();
        for (int i = 0; i < BUYERS; i++) {
            buyers.add(Fixtures.buyer(i % 2 == 0 ? balanced : first.api()));
        }
        Map<Long, BigDecimal> acknowledged = new ConcurrentHashMap<>();
        List<String> unexpected = new ArrayList<>();
        AtomicInteger cutOff = new AtomicInteger();
        ExecutorService crowd = Executors.newFixedThreadPool(BUYERS);
        List<Future<?>> done = new ArrayList<>();
        for (TestAccount buyer : buyers) {
            done.add(crowd.submit(() -> {
                while (true) {
                    String key = UUID.randomUUID().toString();
                    ApiClient.Response answer = orderUntilAnswered(buyer, listingId, key, cutOff);
                    if (answer.status() == 201) {
                        acknowledged.put(answer.object().getJsonNumber("id").longValue(),
                                answer.object().getJsonNumber("quantity").bigDecimalValue());
                    } else if (answer.status() == 409) {
                        return null;
                    } else {
                        synchronized (unexpected) {
                            unexpected.add(answer.toString());
                        }
                        return null;
                    }
                }
            }));
        }
        Instant deadline = Instant.now().plusSeconds(180);
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        second.kill();
        for (Future<?> buyer : done) {
            buyer.get(5, TimeUnit.MINUTES);
        }
        crowd.shutdownNow();

        assertEquals(List.of(), unexpected, "only 201 and 409 (sold out) answers");
        assertTrue(acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL, "the kill came during the load");
        try (Connection db = database.open()) {
            SaleFixtures.Stored stored = SaleFixtures.stored(db, listingId);
            Set<Long> lost = new TreeSet<>(acknowledged.keySet());
            lost.removeAll(stored.orderIds());
            assertEquals(Set.of(), lost, "acknowledged orders missing after the kill");
            assertEquals(0, OFFERED.compareTo(stored.quantity().add(stored.available())),
                    "stored orders + available == offered: " + stored);
            assertEquals(0, BigDecimal.ZERO.compareTo(stored.available()), "sold out, nothing oversold: " + stored);
            BigDecimal answered = acknowledged.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, OFFERED.compareTo(answered), "the 201 answers add up to the offer: " + answered);
        }
        System.out.printf("Behind HAProxy: %d buyers, %d orders acknowledged, %d requests cut off by the kill and "
                + "repeated with their key%n", BUYERS, acknowledged.size(), cutOff.get());
    }

    /** One order of 1, repeated with the same key while the balancer or a dying instance gives no real answer. */
    private static ApiClient.Response orderUntilAnswered(TestAccount buyer, long listingId, String key,
                                                         AtomicInteger cutOff) throws InterruptedException {
        String body = Json.createObjectBuilder().add("listingId", listingId).add("quantity", 1).build().toString();
        ApiClient api = balanced.withToken(buyer.token()).withHeader("Idempotency-Key", key);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (true) {
            try {
                ApiClient.Response answer = api.post("/api/orders", body);
                if (answer.status() < 500 || Instant.now().isAfter(deadline)) {
                    return answer;
                }
            } catch (IllegalStateException connectionLost) {
                if (Instant.now().isAfter(deadline)) {
                    throw connectionLost;
                }
            }
            cutOff.incrementAndGet();
            Thread.sleep(100);
        }
    }
}
