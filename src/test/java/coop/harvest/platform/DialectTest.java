package coop.harvest.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Which database a URL names, what a PostgreSQL connection gets by default, and which failures are retried. */
class DialectTest {

    @Test
    void postgresqlUrlsArePostgresEverythingElseDerby() {
        assertEquals(Dialect.POSTGRES, Dialect.ofUrl("jdbc:postgresql://db:5432/harvest"));
        assertEquals(Dialect.POSTGRES, Dialect.ofUrl("JDBC:POSTGRESQL://db/harvest"));
        assertEquals(Dialect.DERBY, Dialect.ofUrl("jdbc:derby://db:1527/harvest;create=true"));
        assertEquals(Dialect.DERBY, Dialect.ofUrl(null));
        assertEquals(Dialect.POSTGRES, Dialect.ofProduct("PostgreSQL"));
        assertEquals(Dialect.DERBY, Dialect.ofProduct("Apache Derby"));
        assertEquals("PostgreSQL", Dialect.POSTGRES.eclipseLinkPlatform());
    }

    @Test
    void postgresConnectionsBehaveLikeDerbysUnlessTheUrlSaysOtherwise() {
        Properties props = new Properties();
        ConfiguredDataSource.postgresDefaults("jdbc:postgresql://db/harvest", props);
        assertFalse(props.containsKey("autosave"), "no savepoint before every statement: see UniqueInsert");
        assertEquals("-c lock_timeout=20s", props.getProperty("options"));

        Properties chosen = new Properties();
        ConfiguredDataSource.postgresDefaults("jdbc:postgresql://db/harvest?options=-c%20x=1", chosen);
        assertFalse(chosen.containsKey("options"));
    }

    @Test
    void postgresDeadlocksSerializationFailuresAndLockTimeoutsAreRetried() {
        assertTrue(TransientRetry.isTransient(new RuntimeException(new SQLException("deadlock", "40P01"))));
        assertTrue(TransientRetry.isTransient(new RuntimeException(new SQLException("serialization", "40001"))));
        assertTrue(TransientRetry.isTransient(new RuntimeException(new SQLException("lock timeout", "55P03"))));
        assertFalse(TransientRetry.isTransient(new RuntimeException(new SQLException("duplicate", "23505"))));
    }
}
