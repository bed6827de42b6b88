package coop.harvest.bench;

import coop.harvest.vocabulary.Counties;
import coop.harvest.vocabulary.Certification;
import coop.harvest.vocabulary.Grade;
import coop.harvest.demands.boundary.Demands;
import coop.harvest.demands.boundary.NewDemand;
import coop.harvest.listings.boundary.Listings;
import coop.harvest.listings.boundary.NewListing;
import coop.harvest.platform.TransientRetry;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntConsumer;
import javax.sql.DataSource;

/**
 * Seeds listings and demands through the real boundary services (validation, product lock, matching, one
 * transaction each), called in-process from a few threads: the same work as the public API minus HTTP, sign-in and
 * JSON, so that 100,000 listings fit in the benchmark's time budget. The first listings still go through HTTP.
 */
@ApplicationScoped
public class BulkSeeding {

    static final List<String> PRODUCTS = List.of("honeysuckle", "kiwi", "grape", "rice", "navel-orange", "tea");
    static final Map<String, Double> BASE_PRICE = Map.of("honeysuckle", 60.0, "kiwi", 9.0, "grape", 16.0,
            "rice", 5.5, "navel-orange", 6.5, "tea", 300.0);

    static final int BATCH = 50;

    @Resource(lookup = "java:app/jdbc/harvest")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Listings listings;

    @Inject
    Demands demands;

    @Inject
    InTransaction transactions;

    /** Listings number {@code from..to-1}, as the HTTP seeder would write them, spread over the cooperatives. */
    public Map<String, Object> listings(int from, int to, int threads, LocalDate today) throws Exception {
        List<Long> cooperatives = ids("SELECT ID FROM COOPERATIVE WHERE VERIFIED = TRUE AND SUSPENDED = FALSE "
                + "ORDER BY ID");
        return inParallel(from, to, threads, i -> listings.createFor(cooperatives.get(i % cooperatives.size()),
                listing(i, today)));
    }

    /** Open demands priced below every listing (they stay open), spread over the buyers. */
    public Map<String, Object> demands(int count, int threads, LocalDate today) throws Exception {
        List<Long> buyers = ids("SELECT ID FROM ACCOUNT WHERE ROLE_NAME = 'BUYER' ORDER BY ID");
        return inParallel(0, count, threads, i -> demands.postFor(buyers.get(i % buyers.size()), demand(i, today)));
    }

    static NewListing listing(int i, LocalDate today) {
        String product = PRODUCTS.get(i % PRODUCTS.size());
        NewListing listing = new NewListing();
        listing.product = product;
        listing.grade = Grade.values()[i % Grade.values().length];
        listing.certifications = EnumSet.noneOf(Certification.class);
        if (i % 3 == 0) {
            listing.certifications.add(Certification.GREEN_FOOD);
        }
        if (i % 5 == 0) {
            listing.certifications.add(Certification.ORGANIC);
        }
        if (i % 7 == 0) {
            listing.certifications.add(Certification.GEOGRAPHICAL_INDICATION);
        }
        listing.quantity = BigDecimal.valueOf(i < 1000 ? 1_000_000 : 500 + i % 5000);
        listing.minOrderQuantity = BigDecimal.ONE;
        listing.unitPrice = BigDecimal.valueOf(BASE_PRICE.get(product) * (0.8 + (i % 50) / 100.0))
                .setScale(2, RoundingMode.HALF_UP);
        listing.county = Counties.ALL.get((i / PRODUCTS.size()) % Counties.ALL.size()).name();
        listing.availableFrom = today.minusDays(5);
        listing.availableUntil = today.plusDays(90 + i % 90);
        listing.description = "第" + i + "批，产地直供，基地统一采收分级";
        return listing;
    }

    static NewDemand demand(int i, LocalDate today) {
        NewDemand demand = new NewDemand();
        demand.product = PRODUCTS.get(i % PRODUCTS.size());
        demand.minGrade = Grade.STANDARD;
        demand.certifications = EnumSet.noneOf(Certification.class);
        demand.quantity = BigDecimal.valueOf(100);
        demand.maxUnitPrice = new BigDecimal("0.10");
        demand.deliveryCounty = "鹤城区";
        demand.neededBy = today.plusDays(30);
        demand.allowPartial = true;
        return demand;
    }

    /**
     * Workers take batches of one product each, and each batch is one transaction of {@link #BATCH} service calls:
     * a batch holds only its own product's lock, so batches of different products never wait for each other, and
     * the log is forced once per batch instead of once per row.
     */
    private Map<String, Object> inParallel(int from, int to, int threads, IntConsumer create) throws Exception {
        ConcurrentLinkedQueue<int[]> batches = new ConcurrentLinkedQueue<>();
        for (int base = from; base < to; base += BATCH * PRODUCTS.size()) {
            for (int product = 0; product < PRODUCTS.size(); product++) {
                batches.add(new int[] {base + product, Math.min(to, base + BATCH * PRODUCTS.size())});
            }
        }
        long start = System.nanoTime();
        List<Future<Integer>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(executor.submit(() -> {
                int done = 0;
                for (int[] batch = batches.poll(); batch != null; batch = batches.poll()) {
                    int[] range = batch;
                    // a batch that loses a lock conflict is run again whole, as the API's TransientRetry does
                    done += TransientRetry.run(() -> transactions.call(() -> {
                        int n = 0;
                        for (int i = range[0]; i < range[1]; i += PRODUCTS.size()) {
                            create.accept(i);
                            n++;
                        }
                        return n;
                    }));
                }
                return done;
            }));
        }
        int created = 0;
        for (Future<Integer> worker : workers) {
            created += worker.get();
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("created", created);
        answer.put("seconds", (System.nanoTime() - start) / 1e9);
        return answer;
    }

    private List<Long> ids(String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
