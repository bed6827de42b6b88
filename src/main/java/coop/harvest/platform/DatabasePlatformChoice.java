package coop.harvest.platform;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.platform.database.DatabasePlatform;
import org.eclipse.persistence.platform.database.DerbyPlatform;
import org.eclipse.persistence.platform.database.PostgreSQLPlatform;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * Sets EclipseLink's database platform ({@code eclipselink.target-database}) from {@code HARVEST_DB_URL} when the
 * persistence unit starts: persistence.xml names Derby, so EclipseLink never guesses, and a PostgreSQL URL switches it
 * to PostgreSQL (its SQL for locks, sequences and types). One WAR, either database, chosen by configuration only.
 * <p>
 * Either platform empties a prepared statement's JDBC batch before EclipseLink adds its rows. The pool caches
 * prepared statements per connection, and when a statement is closed it clears the parameters but not the batch: had
 * binding one row of an earlier batch failed after others were added, those rows (of a transaction that rolled back)
 * would otherwise run with the next batch of the same SQL on that connection.
 */
public class DatabasePlatformChoice implements SessionCustomizer {

    private static final Logger LOG = Logger.getLogger(DatabasePlatformChoice.class.getName());

    @Override
    public void customize(Session session) {
        Dialect dialect = Dialect.configured();
        DatabasePlatform configured = session.getLogin().getPlatform();
        DatabasePlatform chosen = dialect == Dialect.POSTGRES ? new Postgres() : new Derby();
        if (configured.getClass() != chosen.getClass()) {
            // usePlatform keeps what the persistence unit set up on the platform it named (the identity sequences of
            // the entities, batch writing); parameter binding is copied by hand
            ((DatasourceLogin) session.getLogin()).usePlatform(chosen);
            chosen.setShouldBindAllParameters(configured.shouldBindAllParameters());
            chosen.setShouldForceBindAllParameters(configured.shouldForceBindAllParameters());
        }
        LOG.info(() -> "EclipseLink target database: " + dialect.eclipseLinkPlatform());
    }

    /** Derby, with batches that start empty. */
    public static class Derby extends DerbyPlatform {

        @Override
        public Statement prepareBatchStatement(Statement statement, int maxBatchSize) throws SQLException {
            statement.clearBatch();
            return super.prepareBatchStatement(statement, maxBatchSize);
        }
    }

    /** PostgreSQL, with batches that start empty. */
    public static class Postgres extends PostgreSQLPlatform {

        @Override
        public Statement prepareBatchStatement(Statement statement, int maxBatchSize) throws SQLException {
            statement.clearBatch();
            return super.prepareBatchStatement(statement, maxBatchSize);
        }
    }
}
