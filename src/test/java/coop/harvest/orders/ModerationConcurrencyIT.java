package coop.harvest.orders;

import static coop.harvest.orders.Market.demandBody;
import static coop.harvest.orders.Market.listingBody;
import static coop.harvest.orders.Market.orderBody;
import static org.junit.jupiter.api.Assertions.assertEquals;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Fixtures;
import coop.harvest.it.Fixtures.TestAccount;
import coop.harvest.it.HarvestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Staff decisions racing with trade on the same product: a decision that loses a lock conflict is retried, never
 * shown as 503 or 500, and the books agree afterwards.
 */
class ModerationConcurrencyIT {

    private static final JsonObject REASON = Json.createObjectBuilder().add("reason", "并发测试：暂停").build();

    private final ApiClient api = HarvestServer.shared().api();

    @Test
    void approvalsRacingWithDemandsFillEveryDemandOnceAndOversellNothing() throws Exception {
        String product = Market.product(api);
        TestAccount coop = Fixtures.cooperative(api);
        Fixtures.certify(api, coop, "GREEN_FOOD", List.of(product));
        List<Long> listings = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ApiClient.Response created = coop.api().post("/api/listings", listingBody(product, "10.00", "100", "1"));
            assertEquals("PENDING_REVIEW", created.object().getString("status"), created::toString);
            listings.add(created.object().getJsonNumber("id").longValue());
        }
        List<TestAccount> buyers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            buyers.add(Fixtures.buyer(api));
        }
        ApiClient staff = Fixtures.staff(api).api();
        List<Callable<ApiClient.Response>> requests = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            TestAccount buyer = buyers.get(i);
            requests.add(() -> buyer.api().post("/api/demands", demandBody(product, "30", "12.00", true)));
            if (i < listings.size()) {
                long listing = listings.get(i);
                requests.add(() -> staff.post("/api/moderation/listings/" + listing + "/approve", ""));
            }
        }

        List<ApiClient.Response> answers = concurrently(requests);

        answers.forEach(r -> assertEquals(true, r.status() == 200 || r.status() == 201, r::toString));
        BigDecimal ordered = BigDecimal.ZERO;
        Map<Long, BigDecimal> orderedPerListing = new ConcurrentHashMap<>();
        for (TestAccount buyer : buyers) {
            JsonObject demand = Market.get(buyer, "/api/demands?mine=true").getJsonArray("items").getJsonObject(0);
            assertEquals("FILLED", demand.getString("status"), demand::toString);
            for (JsonValue id : demand.getJsonArray("orderIds")) {
                JsonObject order = Market.get(buyer, "/api/orders/" + id);
                BigDecimal quantity = order.getJsonNumber("quantity").bigDecimalValue();
                orderedPerListing.merge(order.getJsonNumber("listingId").longValue(), quantity, BigDecimal::add);
                ordered = ordered.add(quantity);
            }
        }
        assertEquals(0, new BigDecimal("360").compareTo(ordered), "12 demands × 30");
        for (long listing : listings) {
            BigDecimal taken = orderedPerListing.getOrDefault(listing, BigDecimal.ZERO);
            assertEquals(0, new BigDecimal("100").subtract(taken).compareTo(Market.available(api, listing)),
                    "listing " + listing + ": available = 100 − its orders");
        }
    }

    @Test
    void suspendingACooperativeWhileBuyersOrderCancelsEveryOrderAndGivesAllBack() throws Exception {
        String product = Market.product(api);
        TestAccount coop = Fixtures.verifiedCooperative(api);
        long first = Market.listing(coop, product, "10.00", "100000", "1");
        long second = Market.listing(coop, product, "10.00", "100000", "1");
        List<TestAccount> buyers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            buyers.add(Fixtures.buyer(api));
        }
        ApiClient staff = Fixtures.staff(api).api();
        String suspend = "/api/moderation/cooperatives/" + coop.cooperativeId() + "/suspend";
        Map<Long, TestAccount> placed = new ConcurrentHashMap<>();
        List<String> unexpected = new CopyOnWriteArrayList<>();
        CountDownLatch someOrders = new CountDownLatch(24);
        List<Callable<ApiClient.Response>> requests = new ArrayList<>();
        for (int i = 0; i < buyers.size(); i++) {
            TestAccount buyer = buyers.get(i);
            long listing = i % 2 == 0 ? first : second;
            requests.add(() -> ordersUntilRefused(buyer, listing, placed, someOrders, unexpected));
        }
        for (int i = 0; i < 3; i++) {
            requests.add(() -> {
                someOrders.await(60, TimeUnit.SECONDS);
                return staff.post(suspend, REASON);
            });
        }

        List<ApiClient.Response> answers = concurrently(requests);

        assertEquals(List.of(), unexpected);
        List<Integer> suspensions = answers.subList(buyers.size(), answers.size()).stream()
                .map(ApiClient.Response::status).sorted().toList();
        assertEquals(List.of(200, 409, 409), suspensions, answers::toString);
        for (Map.Entry<Long, TestAccount> order : placed.entrySet()) {
            JsonObject seen = Market.get(order.getValue(), "/api/orders/" + order.getKey());
            assertEquals("CANCELLED", seen.getString("status"), seen::toString);
        }
        for (long listing : List.of(first, second)) {
            ApiClient.Response seen = staff.get("/api/listings/" + listing);
            assertEquals(0, new BigDecimal("100000").compareTo(seen.object().getJsonNumber("available")
                    .bigDecimalValue()), seen::toString);
        }
    }

    /** Buys 5 at a time until the cooperative is suspended (409); any other refusal is unexpected. */
    private static ApiClient.Response ordersUntilRefused(TestAccount buyer, long listing, Map<Long, TestAccount> placed,
                                                         CountDownLatch someOrders, List<String> unexpected) {
        for (int attempt = 0; attempt < 500; attempt++) {
            ApiClient.Response r = buyer.api().post("/api/orders", orderBody(listing, "5"));
            if (r.status() == 201) {
                placed.put(r.object().getJsonNumber("id").longValue(), buyer);
                someOrders.countDown();
            } else {
                if (!r.isProblem(409)) {
                    unexpected.add(r.toString());
                }
                return r;
            }
        }
        unexpected.add("buyer " + buyer.username() + " was never refused");
        return null;
    }

    /** Starts every request at the same moment and gives the answers in the order of the requests. */
    private static List<ApiClient.Response> concurrently(List<Callable<ApiClient.Response>> requests)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            List<Future<ApiClient.Response>> futures = new ArrayList<>();
            for (Callable<ApiClient.Response> request : requests) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<ApiClient.Response> answers = new ArrayList<>();
            for (Future<ApiClient.Response> f : futures) {
                answers.add(f.get(5, TimeUnit.MINUTES));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
