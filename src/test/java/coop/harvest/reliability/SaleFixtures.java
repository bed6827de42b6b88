package coop.harvest.reliability;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Fixtures;
import coop.harvest.it.Fixtures.TestAccount;
import coop.harvest.it.HarvestServer;
import jakarta.json.Json;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A crowd of buyers ordering from one listing until it is sold out, each order sent with its Idempotency-Key to
 * every instance at once; and what the database holds afterwards.
 */
final class SaleFixtures {

    private SaleFixtures() {
    }

    record Sale(Set<Long> orderIds, BigDecimal soldQuantity, List<String> keyMismatches, List<String> unexpected,
                int requests) {
    }

    record Stored(Set<Long> orderIds, BigDecimal quantity, BigDecimal available) {
    }

    /** An ACTIVE listing of a verified cooperative, made through the API; answers its id. */
    static long activeListing(ApiClient cooperative, BigDecimal quantity, String price) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        ApiClient.Response created = cooperative.post("/api/listings", Json.createObjectBuilder()
                .add("product", "kiwi").add("grade", "FIRST").add("certifications", Json.createArrayBuilder())
                .add("quantity", quantity).add("minOrderQuantity", BigDecimal.ONE)
                .add("unitPrice", new BigDecimal(price)).add("county", "溆浦县")
                .add("availableFrom", today.toString()).add("availableUntil", today.plusDays(30).toString())
                .add("description", "reliability test " + UUID.randomUUID()).build());
        if (created.status() != 201 || !"ACTIVE".equals(created.object().getString("status"))) {
            throw new IllegalStateException("no active listing: " + created);
        }
        return created.object().getJsonNumber("id").longValue();
    }

    /** That many signed-in buyers, registered across the instances. */
    static List<TestAccount> buyers(int count, HarvestServer... instances) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<TestAccount>> made = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                HarvestServer instance = instances[i % instances.length];
                made.add(pool.submit(() -> Fixtures.buyer(instance.api())));
            }
            List<TestAccount> buyers = new ArrayList<>();
            for (Future<TestAccount> buyer : made) {
                buyers.add(buyer.get());
            }
            return buyers;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Every buyer orders 2 (then 1 once 2 is refused) until refused with 409; each order's key goes to all instances
     * at the same moment, and all of them must answer alike.
     */
    static Sale sellOut(long listingId, List<TestAccount> buyers, List<HarvestServer> instances) throws Exception {
        Set<Long> orderIds = new ConcurrentSkipListSet<>();
        List<BigDecimal> sold = Collections.synchronizedList(new ArrayList<>());
        List<String> mismatches = Collections.synchronizedList(new ArrayList<>());
        List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger requests = new AtomicInteger();
        ExecutorService crowd = Executors.newFixedThreadPool(buyers.size());
        ExecutorService duplicates = Executors.newCachedThreadPool();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (TestAccount buyer : buyers) {
                done.add(crowd.submit(() -> {
                    int quantity = 2;
                    while (quantity > 0) {
                        String key = UUID.randomUUID().toString();
                        String body = Json.createObjectBuilder().add("listingId", listingId)
                                .add("quantity", quantity).build().toString();
                        List<Future<ApiClient.Response>> copies = new ArrayList<>();
                        for (HarvestServer instance : instances) {
                            ApiClient api = instance.api().withToken(buyer.token()).withHeader("Idempotency-Key", key);
                            copies.add(duplicates.submit(() -> api.post("/api/orders", body)));
                        }
                        List<ApiClient.Response> answers = new ArrayList<>();
                        for (Future<ApiClient.Response> copy : copies) {
                            answers.add(copy.get());
                            requests.incrementAndGet();
                        }
                        ApiClient.Response answer = answers.get(0);
                        for (ApiClient.Response other : answers) {
                            if (other.status() != answer.status() || other.status() == 201
                                    && other.object().getJsonNumber("id").longValue()
                                    != answer.object().getJsonNumber("id").longValue()) {
                                mismatches.add(answer + " <> " + other);
                            }
                        }
                        if (answer.status() == 201) {
                            orderIds.add(answer.object().getJsonNumber("id").longValue());
                            sold.add(answer.object().getJsonNumber("quantity").bigDecimalValue());
                        } else if (answer.status() == 409) {
                            quantity--;
                        } else {
                            unexpected.add(answer.toString());
                            return null;
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> buyer : done) {
                buyer.get();
            }
        } finally {
            crowd.shutdownNow();
            duplicates.shutdownNow();
        }
        BigDecimal total;
        synchronized (sold) {
            total = sold.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return new Sale(new TreeSet<>(orderIds), total, mismatches, unexpected, requests.get());
    }

    /** The listing's orders and availability as the database holds them. */
    static Stored stored(Connection db, long listingId) throws SQLException {
        Set<Long> ids = new TreeSet<>();
        BigDecimal quantity = BigDecimal.ZERO;
        try (PreparedStatement orders = db.prepareStatement(
                "SELECT ID, QUANTITY FROM PURCHASE_ORDER WHERE LISTING_ID = ?")) {
            orders.setLong(1, listingId);
            try (ResultSet rows = orders.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                    quantity = quantity.add(rows.getBigDecimal(2));
                }
            }
        }
        try (PreparedStatement listing = db.prepareStatement("SELECT AVAILABLE FROM LISTING WHERE ID = ?")) {
            listing.setLong(1, listingId);
            try (ResultSet row = listing.executeQuery()) {
                row.next();
                return new Stored(ids, quantity, row.getBigDecimal(1));
            }
        }
    }
}
