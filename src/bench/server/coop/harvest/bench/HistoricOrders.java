package coop.harvest.bench;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Imports a trading history: completed orders on the seeded listings, confirmed at moments spread over the last
 * days. No service can create backdated trades, so the benchmark writes them in batches the way a data import would;
 * listing quantities are untouched (the history is of earlier, sold-out lots).
 */
@ApplicationScoped
public class HistoricOrders {

    @Resource(lookup = "java:app/jdbc/harvest")
    DataSource dataSource;

    @Inject
    JdbcCeiling listings;

    public Map<String, Object> importOrders(int count, int days) throws Exception {
        List<JdbcCeiling.Target> targets = listings.targets(5_000);
        long buyer = listings.buyer();
        Random random = new Random(42);
        Instant now = Instant.now();
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO PURCHASE_ORDER (LISTING_ID, BUYER_ID, "
                    + "COOPERATIVE_ID, PRODUCT_CODE, QUANTITY, UNIT_PRICE, TOTAL, STATUS, CREATED_AT, CONFIRM_BY, "
                    + "CONFIRMED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, 'COMPLETED', ?, ?, ?, ?)")) {
                for (int i = 0; i < count; i++) {
                    JdbcCeiling.Target target = targets.get(random.nextInt(targets.size()));
                    BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(500));
                    BigDecimal price = target.price().multiply(BigDecimal.valueOf(0.9 + random.nextDouble() * 0.2))
                            .setScale(2, RoundingMode.HALF_UP);
                    Instant created = now.minus(Duration.ofMinutes(random.nextInt(days * 24 * 60)));
                    insert.setLong(1, target.listingId());
                    insert.setLong(2, buyer);
                    insert.setLong(3, target.cooperativeId());
                    insert.setString(4, target.product());
                    insert.setBigDecimal(5, quantity);
                    insert.setBigDecimal(6, price);
                    insert.setBigDecimal(7, price.multiply(quantity).setScale(2, RoundingMode.HALF_UP));
                    insert.setTimestamp(8, Timestamp.from(created));
                    insert.setTimestamp(9, Timestamp.from(created.plus(Duration.ofHours(48))));
                    insert.setTimestamp(10, Timestamp.from(created.plus(Duration.ofHours(2))));
                    insert.setTimestamp(11, Timestamp.from(created.plus(Duration.ofHours(2))));
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
                insert.executeBatch();
                c.commit();
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("imported", count);
        answer.put("seconds", (System.nanoTime() - start) / 1e9);
        return answer;
    }
}
