package coop.harvest.market.boundary;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;

/**
 * Not a test: a benchmark to run by hand (see the market section of the README) that loads 200,000 orders into a
 * fresh embedded Derby built from the real migration scripts and times the market's heaviest reads. It prints
 * Derby's query plans so one can check that the covering indexes of V040 are used.
 */
public final class MarketQueryBenchmark {

    private static final String[] PRODUCTS = {"honeysuckle", "kiwi", "grape", "rice", "navel-orange", "tea"};

    private MarketQueryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Path dir = Files.createTempDirectory("market-bench");
        System.setProperty("derby.stream.error.file", dir.resolve("derby.log").toString());
        try (Connection c = DriverManager.getConnection("jdbc:derby:" + dir.resolve("db") + ";create=true")) {
            migrate(c);
            load(c, orders);
            time(c, "prices, one product, 365 days", MarketQueries.tradesSql(true), 365, "kiwi");
            time(c, "summary volumes, 30 days", MarketQueries.volumesSql(false), 30, null);
            time(c, "summary volumes of one county, 30 days", MarketQueries.volumesSql(true), 30, "溆浦县");
            time(c, "page history, all products, 30 days", MarketQueries.tradesSql(false), 30, null);
        }
    }

    private static void migrate(Connection c) throws Exception {
        String index = resource("db/migrations.txt");
        try (Statement s = c.createStatement()) {
            for (String script : index.split("\\R")) {
                if (script.isBlank() || script.startsWith("#")) {
                    continue;
                }
                StringBuilder sql = new StringBuilder();
                for (String line : resource("db/" + script.strip()).split("\\R")) {
                    if (line.strip().startsWith("--") || line.isBlank()) {
                        continue;
                    }
                    sql.append(line).append('\n');
                    if (line.strip().endsWith(";")) {
                        s.execute(sql.substring(0, sql.lastIndexOf(";")));
                        sql.setLength(0);
                    }
                }
            }
            for (String p : PRODUCTS) {
                s.execute("INSERT INTO PRODUCT (CODE, NAME_ZH, NAME_EN, UNIT, CREATED_AT) VALUES ('" + p + "', '"
                        + p + "', '" + p + "', 'kg', CURRENT_TIMESTAMP)");
            }
            s.execute("INSERT INTO COOPERATIVE (NAME, REGISTRATION_NUMBER, COUNTY, CREATED_AT) VALUES "
                    + "('bench', '934312240000000000', '溆浦县', CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO ACCOUNT (USERNAME, USERNAME_KEY, PASSWORD_HASH, DISPLAY_NAME, ROLE_NAME, "
                    + "CREATED_AT) VALUES ('b', 'b', 'x', 'b', 'BUYER', CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO LISTING (COOPERATIVE_ID, PRODUCT_CODE, GRADE, QUANTITY, AVAILABLE, "
                    + "MIN_ORDER_QUANTITY, UNIT_PRICE, COUNTY, AVAILABLE_FROM, AVAILABLE_UNTIL, STATUS, CREATED_AT, "
                    + "UPDATED_AT) VALUES (1, 'kiwi', 'FIRST', 10, 10, 1, 8, '溆浦县', CURRENT_DATE, CURRENT_DATE, "
                    + "'ACTIVE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        }
    }

    private static void load(Connection c, int orders) throws Exception {
        String[] statuses = {"CONFIRMED", "SHIPPED", "COMPLETED", "COMPLETED", "COMPLETED", "DISPUTED", "CANCELLED",
            "DECLINED", "EXPIRED", "PENDING_CONFIRMATION"};
        Random random = new Random(7);
        Instant now = Instant.now();
        c.setAutoCommit(false);
        long start = System.nanoTime();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO PURCHASE_ORDER (LISTING_ID, BUYER_ID, "
                + "COOPERATIVE_ID, PRODUCT_CODE, QUANTITY, UNIT_PRICE, TOTAL, STATUS, CREATED_AT, CONFIRM_BY, "
                + "CONFIRMED_AT, UPDATED_AT) VALUES (1, 1, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < orders; i++) {
                Instant created = now.minus(random.nextInt(730 * 24 * 60), ChronoUnit.MINUTES);
                String status = statuses[random.nextInt(statuses.length)];
                BigDecimal q = BigDecimal.valueOf(1 + random.nextInt(50_000), 3);
                BigDecimal p = BigDecimal.valueOf(100 + random.nextInt(5000), 2);
                insert.setString(1, PRODUCTS[random.nextInt(PRODUCTS.length)]);
                insert.setBigDecimal(2, q);
                insert.setBigDecimal(3, p);
                insert.setBigDecimal(4, q.multiply(p).setScale(2, java.math.RoundingMode.HALF_UP));
                insert.setString(5, status);
                insert.setTimestamp(6, Timestamp.from(created));
                insert.setTimestamp(7, Timestamp.from(created.plus(48, ChronoUnit.HOURS)));
                boolean confirmed = !status.equals("DECLINED") && !status.equals("EXPIRED")
                        && !status.equals("PENDING_CONFIRMATION");
                insert.setTimestamp(8, confirmed ? Timestamp.from(created.plus(3, ChronoUnit.HOURS)) : null);
                insert.setTimestamp(9, Timestamp.from(created));
                insert.addBatch();
                if (i % 5000 == 4999) {
                    insert.executeBatch();
                    c.commit();
                }
            }
            insert.executeBatch();
            c.commit();
        }
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', 'PURCHASE_ORDER', NULL)");
        }
        System.out.printf("loaded %d orders in %d ms%n", orders, (System.nanoTime() - start) / 1_000_000);
    }

    /** {@code extra} is the product code, or the county of a county query, placed where the SQL wants it. */
    private static void time(Connection c, String label, String sql, int days, String extra) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
        }
        long best = Long.MAX_VALUE;
        int rows = 0;
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            try (PreparedStatement query = c.prepareStatement(sql)) {
                int next = 1;
                boolean productFirst = extra != null && !sql.contains("COUNTY");
                if (productFirst) {
                    query.setString(next++, extra);
                }
                query.setTimestamp(next++, Timestamp.from(Instant.now().minus(days, ChronoUnit.DAYS)));
                query.setTimestamp(next++, Timestamp.from(Instant.now().plus(1, ChronoUnit.DAYS)));
                if (extra != null && !productFirst) {
                    query.setString(next, extra);
                }
                rows = 0;
                try (ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        rows++;
                    }
                }
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        String plan;
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
            r.next();
            plan = r.getString(1);
        }
        System.out.printf("%s: %d rows, best of 5 %d ms%n", label, rows, best / 1_000_000);
        plan.lines().filter(l -> l.contains("Scan ResultSet") || l.contains("Index Row to Base Row"))
                .map(String::strip).distinct().forEach(l -> System.out.println("    " + l));
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = MarketQueryBenchmark.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
