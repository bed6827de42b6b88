package coop.harvest.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Creates and upgrades the schema with the versioned SQL scripts listed in {@code db/migrations.txt}, before anything
 * else touches the database. Each script runs once per database, in list order; applied scripts are recorded in
 * {@code SCHEMA_HISTORY}. The whole upgrade runs in one transaction holding an exclusive lock on that table, so
 * several instances starting together against one database upgrade it exactly once (Derby and PostgreSQL both know
 * {@code LOCK TABLE ... IN EXCLUSIVE MODE}; on PostgreSQL the DDL is transactional too, so a failed upgrade leaves
 * nothing behind). Where a statement must differ, a script of the same name under {@code db/postgres/} replaces the
 * portable one on PostgreSQL; history records the name only, so both count as the same version.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());
    private static final String INDEX = "db/migrations.txt";

    @Resource(lookup = "java:app/jdbc/harvest")
    DataSource dataSource;

    private volatile boolean migrated;

    /**
     * True once the schema is up to date. Timers call this before touching tables: a call into this singleton waits
     * until its start-up migration has finished, and non-persistent timers may fire before that.
     */
    @Lock(LockType.READ)
    public boolean isMigrated() {
        return migrated;
    }

    @PostConstruct
    void migrate() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Dialect dialect = Dialect.ofProduct(connection.getMetaData().getDatabaseProductName());
            createHistoryTable(connection);
            try (Statement lock = connection.createStatement()) {
                lock.execute("LOCK TABLE SCHEMA_HISTORY IN EXCLUSIVE MODE");
            }
            Set<String> applied = appliedScripts(connection);
            for (String script : MigrationScripts.list(read(INDEX))) {
                if (!applied.contains(script)) {
                    apply(connection, script, dialect);
                }
            }
            connection.commit();
            migrated = true;
        } catch (SQLException e) {
            LOG.log(Level.SEVERE, "Schema migration failed", e);
            throw new IllegalStateException("Schema migration failed: " + e.getMessage(), e);
        }
    }

    private void createHistoryTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE SCHEMA_HISTORY (SCRIPT VARCHAR(200) NOT NULL PRIMARY KEY, "
                    + "APPLIED_AT TIMESTAMP NOT NULL)");
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            // Derby X0Y32, PostgreSQL 42P07; two PostgreSQL instances creating it at once may also collide on the
            // catalogue's unique index (23505): either way the table is there now
            if (!"X0Y32".equals(e.getSQLState()) && !"42P07".equals(e.getSQLState())
                    && !"23505".equals(e.getSQLState()) && !isAlreadyExists(e)) {
                throw e;
            }
        }
    }

    private static boolean isAlreadyExists(SQLException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase();
        return message.contains("already exists");
    }

    private Set<String> appliedScripts(Connection connection) throws SQLException {
        Set<String> applied = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT SCRIPT FROM SCHEMA_HISTORY")) {
            while (rows.next()) {
                applied.add(rows.getString(1));
            }
        }
        return applied;
    }

    private void apply(Connection connection, String script, Dialect dialect) throws SQLException {
        List<String> statements = MigrationScripts.statements(read(resource(script, dialect)));
        LOG.log(Level.INFO, "Applying schema migration {0} ({1} statements)", new Object[]{script, statements.size()});
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
        try (PreparedStatement record = connection.prepareStatement(
                "INSERT INTO SCHEMA_HISTORY (SCRIPT, APPLIED_AT) VALUES (?, CURRENT_TIMESTAMP)")) {
            record.setString(1, script);
            record.executeUpdate();
        }
    }

    static String resource(String script, Dialect dialect) {
        String override = "db/" + dialect.migrationFolder() + script;
        if (!dialect.migrationFolder().isEmpty()
                && SchemaMigrator.class.getClassLoader().getResource(override) != null) {
            return override;
        }
        return "db/" + script;
    }

    private static String read(String resource) {
        try (InputStream in = SchemaMigrator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
