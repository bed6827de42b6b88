package coop.harvest.market;

import coop.harvest.it.ApiClient;
import coop.harvest.it.HarvestServer;
import coop.harvest.it.TestDatabase;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.apache.derby.drda.NetworkServerControl;

/**
 * The real application on a database this test JVM can write to: a Derby network server runs inside the test JVM
 * with an in-memory database, the application connects to it over the network (HARVEST_DB_URL, as a deployment
 * with a separate database server would), and the tests insert known orders with plain JDBC. One per test JVM.
 */
final class MarketServer {

    static final ZoneId MARKET_ZONE = ZoneId.of("Asia/Shanghai");
    private static final String DATABASE = "memory:market-it";
    private static MarketServer instance;
    private static TestDatabase.Shared postgres;

    private final HarvestServer server;

    private MarketServer(HarvestServer server) {
        this.server = server;
    }

    static synchronized MarketServer get() {
        if (instance == null && TestDatabase.postgres()) {
            // the PostgreSQL pass: the same, on a PostgreSQL database of its own
            postgres = TestDatabase.shared("market");
            Map<String, String> env = HarvestServer.defaultEnvironment(HarvestServer.newDataDir("market"));
            env.putAll(postgres.environment());
            env.put("HARVEST_PUBLIC_CACHE_SECONDS", "0");
            HarvestServer server = startWithOneRetry(env);
            instance = new MarketServer(server);
            TestDatabase.Shared database = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                database.close();
            }));
        }
        if (instance == null) {
            try {
                System.setProperty("derby.stream.error.file",
                        Path.of(System.getProperty("harvest.target", "target"), "derby-market-it.log").toString());
                int port = HarvestServer.freePort();
                NetworkServerControl derby = new NetworkServerControl(InetAddress.getByName("localhost"), port);
                derby.start(new PrintWriter(System.out, true));
                awaitPing(derby);
                Map<String, String> env = HarvestServer.defaultEnvironment(HarvestServer.newDataDir("market"));
                env.put("HARVEST_DB_URL", "jdbc:derby://localhost:" + port + "/" + DATABASE + ";create=true");
                // the tests write orders behind the application's back, which its public cache cannot notice
                // (MarketFreshnessIT checks the cache against the application's own writes)
                env.put("HARVEST_PUBLIC_CACHE_SECONDS", "0");
                HarvestServer server = startWithOneRetry(env);
                instance = new MarketServer(server);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    try {
                        derby.shutdown();
                    } catch (Exception ignored) {
                        // the JVM is ending anyway
                    }
                }));
            } catch (Exception e) {
                throw new IllegalStateException("Cannot start the market test server", e);
            }
        }
        return instance;
    }

    /** A loaded machine (several engineers' builds on two cores) can miss the start-up deadline once. */
    private static HarvestServer startWithOneRetry(Map<String, String> env) {
        try {
            return HarvestServer.start("market", env);
        } catch (IllegalStateException slow) {
            return HarvestServer.start("market", env);
        }
    }

    private static void awaitPing(NetworkServerControl derby) throws Exception {
        for (int i = 0; i < 100; i++) {
            try {
                derby.ping();
                return;
            } catch (Exception notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("Derby network server did not start");
    }

    String baseUrl() {
        return server.baseUrl();
    }

    ApiClient api() {
        return server.api();
    }

    /** A connection to the application's database (same in-memory database, through the embedded engine). */
    static Connection connection() throws SQLException {
        if (postgres != null) {
            return postgres.open();
        }
        return DriverManager.getConnection("jdbc:derby:" + DATABASE);
    }

    /** The instant of a time of day on a market day. */
    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(MARKET_ZONE).toInstant();
    }

    static LocalDate today() {
        return LocalDate.now(MARKET_ZONE);
    }

    static long insertListing(long cooperativeId, String product, String county, String price, String available,
                              String status, LocalDate until) throws SQLException {
        String sql = "INSERT INTO LISTING (COOPERATIVE_ID, PRODUCT_CODE, GRADE, QUANTITY, AVAILABLE, MIN_ORDER_QUANTITY,"
                + " UNIT_PRICE, COUNTY, AVAILABLE_FROM, AVAILABLE_UNTIL, STATUS, CREATED_AT, UPDATED_AT)"
                + " VALUES (?, ?, 'FIRST', 10000, ?, 1, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = connection(); PreparedStatement insert = c.prepareStatement(sql,
                Statement.RETURN_GENERATED_KEYS)) {
            Timestamp now = Timestamp.from(Instant.now());
            insert.setLong(1, cooperativeId);
            insert.setString(2, product);
            insert.setBigDecimal(3, new BigDecimal(available));
            insert.setBigDecimal(4, new BigDecimal(price));
            insert.setString(5, county);
            insert.setDate(6, Date.valueOf(today().minusDays(60)));
            insert.setDate(7, Date.valueOf(until));
            insert.setString(8, status);
            insert.setTimestamp(9, now);
            insert.setTimestamp(10, now);
            insert.executeUpdate();
            return generatedId(insert);
        }
    }

    static void insertDemand(long buyerId, String product, String county, String maxPrice, String status)
            throws SQLException {
        String sql = "INSERT INTO DEMAND (BUYER_ID, PRODUCT_CODE, MIN_GRADE, QUANTITY, MAX_UNIT_PRICE, DELIVERY_COUNTY,"
                + " NEEDED_BY, ALLOW_PARTIAL, STATUS, CREATED_AT, UPDATED_AT)"
                + " VALUES (?, ?, 'STANDARD', 100, ?, ?, ?, TRUE, ?, ?, ?)";
        try (Connection c = connection(); PreparedStatement insert = c.prepareStatement(sql)) {
            Timestamp now = Timestamp.from(Instant.now());
            insert.setLong(1, buyerId);
            insert.setString(2, product);
            insert.setBigDecimal(3, new BigDecimal(maxPrice));
            insert.setString(4, county);
            insert.setDate(5, Date.valueOf(today().plusDays(30)));
            insert.setString(6, status);
            insert.setTimestamp(7, now);
            insert.setTimestamp(8, now);
            insert.executeUpdate();
        }
    }

    /** An order; {@code confirmedAt} null for one never confirmed. */
    static long insertOrder(long listingId, long buyerId, long cooperativeId, String product, String quantity,
                            String price, String status, Instant createdAt, Instant confirmedAt)
            throws SQLException {
        String sql = "INSERT INTO PURCHASE_ORDER (LISTING_ID, BUYER_ID, COOPERATIVE_ID, PRODUCT_CODE, QUANTITY,"
                + " UNIT_PRICE, TOTAL, STATUS, CREATED_AT, CONFIRM_BY, CONFIRMED_AT, UPDATED_AT)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = connection(); PreparedStatement insert = c.prepareStatement(sql,
                Statement.RETURN_GENERATED_KEYS)) {
            BigDecimal q = new BigDecimal(quantity);
            BigDecimal p = new BigDecimal(price);
            insert.setLong(1, listingId);
            insert.setLong(2, buyerId);
            insert.setLong(3, cooperativeId);
            insert.setString(4, product);
            insert.setBigDecimal(5, q);
            insert.setBigDecimal(6, p);
            insert.setBigDecimal(7, q.multiply(p).setScale(2, RoundingMode.HALF_UP));
            insert.setString(8, status);
            insert.setTimestamp(9, Timestamp.from(createdAt));
            insert.setTimestamp(10, Timestamp.from(createdAt.plusSeconds(48 * 3600)));
            insert.setTimestamp(11, confirmedAt == null ? null : Timestamp.from(confirmedAt));
            insert.setTimestamp(12, Timestamp.from(createdAt));
            insert.executeUpdate();
            return generatedId(insert);
        }
    }

    private static long generatedId(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
