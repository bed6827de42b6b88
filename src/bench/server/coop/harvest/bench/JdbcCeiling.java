package coop.harvest.bench;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * The fastest an order can be placed on this database: the same two statements a direct order needs at minimum
 * (a conditional decrement of AVAILABLE and the order insert) in one local transaction, with no JPA, no HTTP and no
 * security — measured inside the server on its own connection pool.
 */
@ApplicationScoped
public class JdbcCeiling {

    @Resource(lookup = "java:app/jdbc/harvest")
    DataSource dataSource;

    record Target(long listingId, long cooperativeId, String product, BigDecimal price) {
    }

    public Map<String, Object> run(int threads, int seconds, int listingCount) throws Exception {
        List<Target> targets = targets(Math.max(1, listingCount));
        long buyerId = buyer();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[]>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> loop(targets, buyerId, deadline)));
        }
        List<Long> latencies = new ArrayList<>();
        for (Future<long[]> result : results) {
            for (long nanos : result.get()) {
                latencies.add(nanos);
            }
        }
        pool.shutdown();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("count", sorted.length);
        answer.put("throughput", sorted.length / (double) seconds);
        answer.put("p50Ms", percentile(sorted, 50));
        answer.put("p99Ms", percentile(sorted, 99));
        return answer;
    }

    private long[] loop(List<Target> targets, long buyerId, long deadline) throws SQLException {
        long[] latencies = new long[1 << 16];
        int n = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement reserve = c.prepareStatement(
                    "UPDATE LISTING SET AVAILABLE = AVAILABLE - ? WHERE ID = ? AND AVAILABLE >= ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO PURCHASE_ORDER (LISTING_ID, BUYER_ID, "
                         + "COOPERATIVE_ID, PRODUCT_CODE, QUANTITY, UNIT_PRICE, TOTAL, STATUS, CREATED_AT, CONFIRM_BY, "
                         + "UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING_CONFIRMATION', ?, ?, ?)")) {
                while (System.nanoTime() < deadline) {
                    long start = System.nanoTime();
                    try {
                        place(reserve, insert, targets.get(ThreadLocalRandom.current().nextInt(targets.size())),
                                buyerId);
                        c.commit();
                    } catch (SQLException lost) {
                        c.rollback();
                        if (lost.getSQLState() == null || !lost.getSQLState().startsWith("40")) {
                            throw lost;
                        }
                        // a lock conflict costs the application a retry too: the next attempt counts the time
                    }
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = System.nanoTime() - start;
                }
            }
        }
        return Arrays.copyOf(latencies, n);
    }

    private static void place(PreparedStatement reserve, PreparedStatement insert, Target target, long buyerId)
            throws SQLException {
        reserve.setBigDecimal(1, BigDecimal.ONE);
        reserve.setLong(2, target.listingId());
        reserve.setBigDecimal(3, BigDecimal.ONE);
        if (reserve.executeUpdate() == 1) {
            Timestamp now = Timestamp.from(Instant.now());
            insert.setLong(1, target.listingId());
            insert.setLong(2, buyerId);
            insert.setLong(3, target.cooperativeId());
            insert.setString(4, target.product());
            insert.setBigDecimal(5, BigDecimal.ONE);
            insert.setBigDecimal(6, target.price());
            insert.setBigDecimal(7, target.price());
            insert.setTimestamp(8, now);
            insert.setTimestamp(9, Timestamp.from(Instant.now().plus(48, ChronoUnit.HOURS)));
            insert.setTimestamp(10, now);
            insert.executeUpdate();
        }
    }

    List<Target> targets(int count) throws SQLException {
        return targets(count, null);
    }

    /** The first {@code count} active listings, of one product when {@code product} is given. */
    List<Target> targets(int count, String product) throws SQLException {
        List<Target> targets = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT ID, COOPERATIVE_ID, PRODUCT_CODE, UNIT_PRICE "
                     + "FROM LISTING WHERE STATUS = 'ACTIVE'" + (product == null ? "" : " AND PRODUCT_CODE = ?")
                     + " ORDER BY ID FETCH FIRST " + count + " ROWS ONLY")) {
            if (product != null) {
                select.setString(1, product);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    targets.add(new Target(rows.getLong(1), rows.getLong(2), rows.getString(3),
                            rows.getBigDecimal(4)));
                }
            }
        }
        return targets;
    }

    long buyer() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(
                     "SELECT MIN(ID) FROM ACCOUNT WHERE ROLE_NAME = 'BUYER'");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static double percentile(long[] sortedNanos, int p) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1_000_000.0;
    }
}
