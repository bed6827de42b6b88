package coop.harvest.orders;

import static coop.harvest.orders.Market.available;
import static coop.harvest.orders.Market.get;
import static coop.harvest.orders.Market.listing;
import static coop.harvest.orders.Market.orderBody;
import static coop.harvest.orders.Market.same;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Fixtures;
import coop.harvest.it.Fixtures.TestAccount;
import coop.harvest.it.HarvestServer;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Many buyers at once: nothing oversold, nothing lost, one order per idempotency key. */
class OrdersConcurrencyIT {

    private final ApiClient api = HarvestServer.shared().api();

    @Test
    void sixtyFourBuyersNeverOversellOneListing() throws Exception {
        String product = Market.product(api);
        TestAccount coop = Fixtures.verifiedCooperative(api);
        long listing = listing(coop, product, "10.00", "1000", "1");
        List<TestAccount> buyers = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            buyers.add(Fixtures.buyer(api));
        }
        AtomicInteger created = new AtomicInteger();
        List<String> unexpected = new CopyOnWriteArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(64);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (TestAccount buyer : buyers) {
                done.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    while (true) {
                        ApiClient.Response r = buyer.api().post("/api/orders", orderBody(listing, "7"));
                        if (r.status() == 201) {
                            created.incrementAndGet();
                        } else if (r.isProblem(409)) {
                            return null;
                        } else {
                            unexpected.add(r.toString());
                            return null;
                        }
                    }
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), unexpected);
        assertEquals(142, created.get());
        assertTrue(same("6", available(api, listing)), "1000 - 142 × 7");
        JsonTotals totals = totals(coop);
        assertEquals(142, totals.count());
        assertEquals(0, new BigDecimal("994").compareTo(totals.quantity()));
        // every order (142 placed, the rest refused and rolled back) gave its turn in the listing's line back when
        // its transaction ended; one that had not would hold up the listing's next orders for 20 s each
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(api.baseUrl() + "/metrics?scope=application"))
                .header("Authorization", "Bearer " + Fixtures.staff(api).token()).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertEquals(0, gauge(metrics, "harvest_hot_rows"), metrics);
        assertEquals(0, gauge(metrics, "harvest_hot_row_transactions"), metrics);
    }

    /** A gauge's value in /metrics' Prometheus text. */
    private static double gauge(String metrics, String name) {
        return metrics.lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no gauge " + name));
    }

    @Test
    void tenConcurrentRequestsWithOneKeyMakeOneOrderAndTenIdenticalAnswers() throws Exception {
        String product = Market.product(api);
        long listing = listing(Fixtures.verifiedCooperative(api), product, "10.00", "100", "1");
        TestAccount buyer = Fixtures.buyer(api);
        ApiClient keyed = buyer.api().withHeader("Idempotency-Key", UUID.randomUUID().toString());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        Set<String> bodies = ConcurrentHashMap.newKeySet();
        List<Integer> statuses = new CopyOnWriteArrayList<>();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                done.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    ApiClient.Response r = keyed.post("/api/orders", orderBody(listing, "3"));
                    statuses.add(r.status());
                    bodies.add(r.body());
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(201, 201, 201, 201, 201, 201, 201, 201, 201, 201), statuses, bodies::toString);
        assertEquals(1, bodies.size(), bodies::toString);
        assertEquals(1, get(buyer, "/api/orders").getInt("total"));
        assertTrue(same("97", available(api, listing)));
    }

    private record JsonTotals(int count, BigDecimal quantity) {
    }

    private JsonTotals totals(TestAccount coop) {
        int count = 0;
        BigDecimal quantity = BigDecimal.ZERO;
        for (int page = 0; ; page++) {
            var items = get(coop, "/api/orders?size=100&page=" + page).getJsonArray("items");
            if (items.isEmpty()) {
                return new JsonTotals(count, quantity);
            }
            for (var item : items) {
                count++;
                quantity = quantity.add(item.asJsonObject().getJsonNumber("quantity").bigDecimalValue());
            }
        }
    }
}
