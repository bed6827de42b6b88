package coop.harvest.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Fixtures;
import coop.harvest.it.Fixtures.TestAccount;
import coop.harvest.it.HarvestServer;
import coop.harvest.it.TestDatabase;
import jakarta.json.Json;
import java.math.BigDecimal;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two application instances started with {@code --nohazelcast} against one Derby network server behave as one
 * marketplace: accounts, tokens, sign-in throttling and uniqueness rules hold across instances.
 */
class ScaleOutIT {

    private static TestDatabase.Shared database;
    private static HarvestServer first;
    private static HarvestServer second;

    @BeforeAll
    static void startTwoInstancesOnOneNetworkServer() {
        // a Derby network server in this JVM, or in the PostgreSQL pass a PostgreSQL database
        database = TestDatabase.shared("network-derby");
        // one after the other: two boots at once on two shared cores can outlast the start-up timeout
        first = instance("scale-a");
        second = instance("scale-b");
    }

    private static HarvestServer instance(String name) {
        Map<String, String> env = HarvestServer.defaultEnvironment(HarvestServer.newDataDir(name));
        env.putAll(database.environment());
        return HarvestServer.start(name, env);
    }

    @AfterAll
    static void stop() {
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
    void anAccountMadeOnOneInstanceSignsInOnTheOtherAndTokensWorkOnBoth() throws InterruptedException {
        TestAccount buyer = Fixtures.buyer(first.api());
        String token = Fixtures.token(second.api(), buyer.username(), Fixtures.PASSWORD);
        assertEquals(buyer.id(), second.api().withToken(token).get("/api/me").object().getJsonNumber("id").longValue());
        assertEquals(200, first.api().withToken(token).get("/api/me").status(), "a token from B works on A");

        assertEquals(204, second.api().withToken(token).delete("/api/auth/token").status());
        assertTrue(second.api().withToken(token).get("/api/me").isProblem(401), "signed out on B");
        ApiClient.Response onA = Revocations.meOnceSettled(first.api().withToken(token));
        assertTrue(onA.isProblem(401), "signed out on B means signed out on A: " + onA);
    }

    @Test
    void signInThrottlingCountsFailuresFromEveryInstance() {
        TestAccount buyer = Fixtures.buyer(first.api());
        for (int attempt = 0; attempt < 5; attempt++) {
            HarvestServer instance = attempt % 2 == 0 ? first : second;
            ApiClient.Response wrong = signIn(instance.api(), buyer.username(), "not-the-password-" + attempt);
            assertTrue(wrong.isProblem(401), wrong::toString);
        }
        for (HarvestServer instance : List.of(first, second)) {
            ApiClient.Response locked = signIn(instance.api(), buyer.username(), Fixtures.PASSWORD);
            assertTrue(locked.isProblem(429), "locked on every instance: " + locked);
            assertNotNull(locked.header("Retry-After"));
        }
    }

    @Test
    void oneUsernameRegisteredOnBothInstancesAtOnceMakesOneAccount() throws Exception {
        String username = Fixtures.unique("twin");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ApiClient.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                ApiClient api = (i % 2 == 0 ? first : second).api();
                answers.add(pool.submit(() -> api.post("/api/accounts", Json.createObjectBuilder()
                        .add("username", username).add("password", Fixtures.PASSWORD)
                        .add("displayName", "双胞胎").add("role", "BUYER").build())));
            }
            int created = 0;
            for (Future<ApiClient.Response> answer : answers) {
                ApiClient.Response response = answer.get();
                if (response.status() == 201) {
                    created++;
                } else {
                    assertTrue(response.isProblem(409), response::toString);
                }
            }
            assertEquals(1, created, "exactly one registration wins");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void backupIsRefusedWithAdviceWhenTheDatabaseIsANetworkServer() {
        ApiClient.Response refused = Fixtures.staff(second.api()).api().post("/api/admin/backup", "");
        assertTrue(refused.isProblem(409), refused::toString);
        assertTrue(refused.object().getString("detail").contains("HARVEST_DB_URL"), refused::toString);
    }

    @Test
    void sixtyFourBuyersOnTwoInstancesSellOutOneListingExactlyOnce() throws Exception {
        TestAccount cooperative = Fixtures.verifiedCooperative(first.api());
        BigDecimal offered = new BigDecimal("100.000");
        long listingId = SaleFixtures.activeListing(cooperative.api(), offered, "10.00");
        List<TestAccount> buyers = SaleFixtures.buyers(64, first, second);
        List<HarvestServer> instances = List.of(first, second);

        SaleFixtures.Sale sale = SaleFixtures.sellOut(listingId, buyers, instances);

        assertEquals(List.of(), sale.keyMismatches(), "every Idempotency-Key gave one answer on both instances");
        assertEquals(List.of(), sale.unexpected(), "only 201 and 409 answers");
        assertEquals(0, offered.compareTo(sale.soldQuantity()), "sold == offered: " + sale.soldQuantity());
        try (Connection db = database.open()) {
            SaleFixtures.Stored stored = SaleFixtures.stored(db, listingId);
            assertEquals(sale.orderIds(), stored.orderIds(), "no order lost, none created twice");
            assertEquals(0, offered.compareTo(stored.quantity()), "stored orders add up to the offer");
            assertEquals(0, BigDecimal.ZERO.compareTo(stored.available()), "nothing left, nothing oversold");
        }
        System.out.printf("Scale-out: %d buyers on 2 instances placed %d orders (%d requests, each key sent to "
                + "both instances) for %s of %s offered%n", buyers.size(), sale.orderIds().size(), sale.requests(),
                sale.soldQuantity(), offered);
    }

    private static ApiClient.Response signIn(ApiClient api, String username, String password) {
        return api.post("/api/auth/token",
                Json.createObjectBuilder().add("username", username).add("password", password).build());
    }
}
