package coop.harvest.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Fixtures;
import coop.harvest.it.HarvestServer;
import jakarta.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Limits that protect the marketplace from one client: sign-up rate, sign-in floods, body and page sizes. */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class LimitsIT {

    private static final int SIGNUPS_PER_MINUTE = 3;
    private static HarvestServer server;

    @BeforeAll
    static void startWithALowSignupLimit() {
        Map<String, String> env = HarvestServer.defaultEnvironment(HarvestServer.newDataDir("limits"));
        env.put("HARVEST_SIGNUP_PER_MINUTE", Integer.toString(SIGNUPS_PER_MINUTE));
        env.put("HARVEST_SIGNIN_FAILURES_PER_ADDRESS", "100");
        server = HarvestServer.start("limits", env);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void accountCreationIsLimitedPerClientAddressPerMinute() {
        ApiClient api = server.api();
        List<ApiClient.Response> answers = new ArrayList<>();
        // seven attempts span at most two one-minute windows, so at most six can pass
        for (int i = 0; i < 2 * SIGNUPS_PER_MINUTE + 1; i++) {
            answers.add(api.post("/api/accounts", Json.createObjectBuilder()
                    .add("username", Fixtures.unique("eager")).add("password", Fixtures.PASSWORD)
                    .add("displayName", "急性子").add("role", "BUYER").build()));
        }
        long created = answers.stream().filter(r -> r.status() == 201).count();
        List<ApiClient.Response> refused = answers.stream().filter(r -> r.status() != 201).toList();
        assertTrue(created >= SIGNUPS_PER_MINUTE && created <= 2L * SIGNUPS_PER_MINUTE, () -> "created " + created);
        assertTrue(!refused.isEmpty(), "the limit refused something");
        for (ApiClient.Response response : refused) {
            assertTrue(response.isProblem(429), response::toString);
            int retryAfter = Integer.parseInt(response.header("Retry-After"));
            assertTrue(retryAfter >= 1 && retryAfter <= 60, response::toString);
        }
    }

    @Test
    void theServerStaysResponsiveWhileOneClientFloodsSignIn() throws Exception {
        ApiClient attacker = server.api();
        AtomicBoolean flooding = new AtomicBoolean(true);
        AtomicInteger floodAnswers = new AtomicInteger();
        AtomicInteger floodServerErrors = new AtomicInteger();
        ExecutorService flood = Executors.newFixedThreadPool(12);
        for (int i = 0; i < 12; i++) {
            int thread = i;
            flood.submit(() -> {
                int n = 0;
                while (flooding.get()) {
                    // a few known-locked usernames and many unknown ones, each wrong password costing a hash
                    String username = n++ % 2 == 0 ? "victim-" + thread % 3 : Fixtures.unique("nobody");
                    ApiClient.Response answer = attacker.post("/api/auth/token", Json.createObjectBuilder()
                            .add("username", username).add("password", "guess-" + n).build());
                    floodAnswers.incrementAndGet();
                    if (answer.status() >= 500) {
                        floodServerErrors.incrementAndGet();
                    }
                }
                return null;
            });
        }
        try {
            ApiClient visitor = server.api();
            Thread.sleep(2000);
            for (int i = 0; i < 20; i++) {
                ApiClient.Response products = visitor.get("/api/products");
                assertEquals(200, products.status(), "a visitor is served during the flood: " + products);
                assertTrue(products.array().size() >= 6);
                Thread.sleep(200);
            }
            ApiClient.Response locked = attacker.post("/api/auth/token", Json.createObjectBuilder()
                    .add("username", "victim-0").add("password", "guess").build());
            assertTrue(locked.isProblem(429), "the flooded username is throttled: " + locked);
        } finally {
            flooding.set(false);
            flood.shutdown();
            flood.awaitTermination(60, TimeUnit.SECONDS);
        }
        assertEquals(0, floodServerErrors.get(), "no server errors under the flood");
        System.out.printf("Flood: %d failed sign-ins answered, 0 server errors, visitor served throughout%n",
                floodAnswers.get());
    }

    @Test
    @org.junit.jupiter.api.Order(1) // before the flood uses up this address's failures, so the burst meets the username limit
    void aBurstOfConcurrentWrongPasswordsGetsAtMostFivePasswordChecks() throws Exception {
        ApiClient api = server.api();
        String username = Fixtures.unique("burst");
        // created by staff: the sign-up limit of this server is the other test's to use up
        assertEquals(201, Fixtures.staff(api).api().post("/api/staff", Json.createObjectBuilder()
                .add("username", username).add("password", Fixtures.PASSWORD).add("displayName", "连发").build())
                .status());
        ExecutorService pool = Executors.newFixedThreadPool(20);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<ApiClient.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            answers.add(pool.submit(() -> {
                start.await();
                return api.post("/api/auth/token", Json.createObjectBuilder().add("username", username)
                        .add("password", "wrong-guess-number-" + n).build());
            }));
        }
        start.countDown();
        int checked = 0;
        int throttled = 0;
        for (java.util.concurrent.Future<ApiClient.Response> answer : answers) {
            ApiClient.Response response = answer.get(120, TimeUnit.SECONDS);
            // 401: the password was checked and wrong; 429: refused before any check
            if (response.status() == 401) {
                checked++;
            } else {
                assertTrue(response.isProblem(429), response::toString);
                assertTrue(Integer.parseInt(response.header("Retry-After")) >= 1, response::toString);
                throttled++;
            }
        }
        pool.shutdown();
        System.out.printf("Burst: %d of 20 wrong passwords reached the password check, %d refused with 429%n",
                checked, throttled);
        assertTrue(checked <= 5, "at most 5 password checks: " + checked);
        assertTrue(throttled >= 15, "the rest are throttled: " + throttled);
        ApiClient.Response right = api.post("/api/auth/token", Json.createObjectBuilder().add("username", username)
                .add("password", Fixtures.PASSWORD).build());
        assertTrue(right.isProblem(429), "even the right password waits its delay: " + right);
    }

    @Test
    void oneAddressSprayingManyUsernamesIsLimited() {
        ApiClient api = server.api();
        ApiClient.Response last = null;
        // the default limit is 100 failures an hour per address (the flood test may have used some already)
        for (int i = 0; i < 110; i++) {
            last = api.post("/api/auth/token", Json.createObjectBuilder().add("username", Fixtures.unique("spray"))
                    .add("password", "Summer-2026-spray").build());
            if (last.status() == 429) {
                break;
            }
            assertEquals(401, last.status(), last::toString);
        }
        assertTrue(last.isProblem(429), "a fresh username from a spraying address is refused: " + last);
        assertTrue(last.body().contains("address"), last::toString);
    }

    @Test
    void oversizedBodiesAndPagesAreRefused() {
        ApiClient api = server.api();
        ApiClient.Response huge = api.post("/api/auth/token", "{\"username\": \"" + "a".repeat(2 * 1024 * 1024) + "\"}");
        assertTrue(huge.isProblem(413), () -> "status " + huge.status());
        ApiClient.Response page = api.get("/api/cooperatives?size=101");
        assertTrue(page.isProblem(422), page::toString);
        assertTrue(page.errorFields().contains("size"), page::toString);
    }
}
