package coop.harvest.platform;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The datasource behind {@code java:app/jdbc/harvest}. The container pools it; this class only decides, from the
 * environment, which database to open: the embedded Derby file database under {@code HARVEST_DATA_DIR} by default,
 * or whatever {@code HARVEST_DB_URL} names (a Derby network server, or any JDBC driver packaged in the WAR).
 * It reads the environment directly because the pool may create connections outside any CDI context.
 * <p>On PostgreSQL it makes a connection behave as the code expects of Derby, unless the URL says otherwise: lock waits
 * end after 20 s ({@code lock_timeout}, SQLState 55P03, retried like Derby's 40XL1) instead of never. A failed
 * statement fails the whole transaction there, unlike on Derby: the few inserts that may find their row taken and go
 * on run under a savepoint of their own ({@link UniqueInsert}), which is cheaper than the driver's savepoint before
 * every statement ({@code autosave=always}, which a URL may still ask for).
 */
public class ConfiguredDataSource implements DataSource {

    private static final Logger LOG = Logger.getLogger(ConfiguredDataSource.class.getName());

    private volatile Driver driver;
    private volatile String url;
    private int loginTimeout;

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(Settings.get("HARVEST_DB_USER", null), Settings.get("HARVEST_DB_PASSWORD", null));
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        Driver known = driver();
        if (Dialect.ofUrl(url) == Dialect.POSTGRES) {
            postgresDefaults(url, props);
        }
        Connection connection = known.connect(url, props);
        if (connection == null) {
            throw new SQLException("No JDBC driver accepts the configured database URL");
        }
        // both databases' default, set all the same: a server configured otherwise does not change what the code
        // relies on (see DatabaseDefinition)
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        return connection;
    }

    private Driver driver() throws SQLException {
        if (driver == null) {
            synchronized (this) {
                if (driver == null) {
                    url = resolveUrl();
                    driver = findDriver(url);
                    LOG.info(() -> "Harvest Exchange database: " + redact(url));
                }
            }
        }
        return driver;
    }

    static void postgresDefaults(String url, Properties props) {
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        if (!lower.contains("options=")) {
            props.setProperty("options", "-c lock_timeout=20s");
        }
        if (!lower.contains("rewritebatchedinserts=")) {
            props.setProperty("reWriteBatchedInserts", "true");
        }
        if (!lower.contains("applicationname=")) {
            props.setProperty("ApplicationName", "harvest-exchange");
        }
    }

    static String resolveUrl() {
        String configured = Settings.get("HARVEST_DB_URL", null);
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        Path dataDir = Path.of(Settings.get("HARVEST_DATA_DIR", "./data")).toAbsolutePath().normalize();
        dataDir.toFile().mkdirs();
        unlessGiven("derby.stream.error.file", dataDir.resolve("derby.log").toString());
        // Derby hands out identity values in blocks of 20 by default; concurrent inserts then queue on the catalogue
        // row and time out (40XL1 "too much contention"). A larger block costs at most a gap in ids.
        unlessGiven("derby.language.sequence.preallocator", "1000");
        // Derby gives a table 32 KB pages when its declared columns exceed 4 KB (LISTING's texts, NOTIFICATION's), and
        // 4 KB to the rest and to every index. Its page cache is 1,000 pages of either size, so each miss that swaps
        // one size for the other allocates a new page array: at 100,000 listings the searches and the home page
        // promoted enough of them to force a full collection (about 300 ms) every 2-4 s. Rows here are a few hundred
        // bytes and a longer text goes to overflow pages. Applies to tables created from now on.
        unlessGiven("derby.storage.pageSize", "4096");
        return "jdbc:derby:" + dataDir.resolve("harvest") + ";create=true";
    }

    /** Sets a Derby system property unless the operator gave it (-D on the command line wins). */
    private static void unlessGiven(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    private static Driver findDriver(String url) throws SQLException {
        for (Driver candidate : ServiceLoader.load(Driver.class, ConfiguredDataSource.class.getClassLoader())) {
            if (candidate.acceptsURL(url)) {
                return candidate;
            }
        }
        throw new SQLException("No JDBC driver in the application accepts " + redact(url));
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // the container logs; nothing to write here
    }

    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper for " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
