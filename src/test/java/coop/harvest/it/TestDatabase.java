package coop.harvest.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which database the integration tests run the application on. By default each server gets its own embedded Derby
 * (or, where a test shares one database between instances, a Derby network server in the test JVM). With
 * {@code -Dharvest.db=postgres} (the {@code -Ppostgres} pass) each server start gets a fresh PostgreSQL database,
 * created here through {@code harvest.pg.url} (an administrative connection, by default
 * {@code jdbc:postgresql://localhost:5432/postgres} as {@code postgres}) and dropped when the server stops.
 */
public final class TestDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestDatabase() {
    }

    public static boolean postgres() {
        return "postgres".equalsIgnoreCase(System.getProperty("harvest.db", "derby"));
    }

    static String adminUrl() {
        // the postgres profile sets the URL; elsewhere (the benchmark) it follows -Dharvest.pg.host / -Dharvest.pg.port
        return System.getProperty("harvest.pg.url", "jdbc:postgresql://" + System.getProperty("harvest.pg.host",
                "localhost") + ":" + System.getProperty("harvest.pg.port", "5432") + "/postgres");
    }

    static String user() {
        return System.getProperty("harvest.pg.user", "postgres");
    }

    static String password() {
        return System.getProperty("harvest.pg.password", "");
    }

    /** The URL of a database of that name on the test PostgreSQL server. */
    public static String postgresUrl(String database) {
        String admin = adminUrl();
        int slash = admin.lastIndexOf('/');
        int query = admin.indexOf('?', slash);
        return admin.substring(0, slash + 1) + database + (query < 0 ? "" : admin.substring(query));
    }

    /** Creates an empty PostgreSQL database for one server (or one group of instances); answers its name. */
    public static String createPostgres(String purpose) {
        String name = ("it_" + purpose.replaceAll("[^A-Za-z0-9]", "_") + "_" + ProcessHandle.current().pid() + "_"
                + COUNTER.incrementAndGet()).toLowerCase();
        recreatePostgres(name);
        return name;
    }

    /** In the PostgreSQL pass, empties the database of the in-container tests (arquillian-postgres.xml). */
    public static void recreateArquillianDatabase() {
        if (postgres()) {
            recreatePostgres(System.getProperty("harvest.pg.arquillianDb", "harvest_arquillian"));
        }
    }

    /** Drops (ending its connections) and creates the database of that name. */
    public static void recreatePostgres(String name) {
        dropPostgres(name);
        admin("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
    }

    public static void dropPostgres(String name) {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** The environment that points an application instance at that PostgreSQL database. */
    public static Map<String, String> postgresEnvironment(String database) {
        Map<String, String> env = new HashMap<>();
        env.put("HARVEST_DB_URL", postgresUrl(database));
        env.put("HARVEST_DB_USER", user());
        if (!password().isEmpty()) {
            env.put("HARVEST_DB_PASSWORD", password());
        }
        return env;
    }

    /** A connection to that PostgreSQL database as the tests' user. */
    public static Connection openPostgres(String database) throws SQLException {
        return DriverManager.getConnection(postgresUrl(database), user(), password());
    }

    /** True when the test PostgreSQL server answers. */
    public static boolean postgresReachable() {
        try (Connection ignored = DriverManager.getConnection(adminUrl(), user(), password())) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void admin(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl(), user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + adminUrl() + " refused: " + sql, e);
        }
    }

    /** One database that several application instances share: a Derby network server, or a PostgreSQL database. */
    public interface Shared extends AutoCloseable {
        /** The HARVEST_DB_* settings of an instance using it. */
        Map<String, String> environment();

        /** A connection for the test to look at what the instances stored (close it before {@link #close}). */
        Connection open() throws SQLException;

        @Override
        void close();
    }

    /** A database shared by instances, of the kind this run tests. */
    public static Shared shared(String purpose) {
        if (postgres()) {
            String name = createPostgres(purpose);
            return new Shared() {
                @Override
                public Map<String, String> environment() {
                    return postgresEnvironment(name);
                }

                @Override
                public Connection open() throws SQLException {
                    return openPostgres(name);
                }

                @Override
                public void close() {
                    dropPostgres(name);
                }
            };
        }
        LocalDerby.NetworkServer derby = LocalDerby.NetworkServer.start(purpose);
        return new Shared() {
            @Override
            public Map<String, String> environment() {
                return new HashMap<>(Map.of("HARVEST_DB_URL", derby.url("harvest")));
            }

            @Override
            public Connection open() throws SQLException {
                return LocalDerby.open(derby.home().resolve("harvest"), false);
            }

            @Override
            public void close() {
                derby.close();
            }
        };
    }
}
