package coop.harvest.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * Declares the application's one datasource. The connection settings come from the environment at run time (see
 * {@link ConfiguredDataSource}), so the same WAR runs on embedded Derby, a Derby network server or another database.
 * Each pooled connection keeps its 50 most recently used prepared statements: a page or an order runs the same
 * statements every time, and Derby would otherwise build each one's activation again. The cache type must be given
 * (a blank one means the default, LRU): without it Payara 6.2025.10 logs an error and makes no cache
 * (payara/Payara#6647).
 * <p>The isolation level (read committed) is set once on each new connection ({@link ConfiguredDataSource}), not
 * here: given here, Payara checks it whenever a connection goes back to the pool, and PostgreSQL's driver asks the
 * server for it ({@code SHOW TRANSACTION ISOLATION LEVEL}), one round trip more in every transaction.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/harvest",
        className = "coop.harvest.platform.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 40,
        initialPoolSize = 2,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.fail-all-connections=true",
            "fish.payara.statement-cache-size=50",
            "fish.payara.statement-cache-type= "
        })
@Singleton
public class DatabaseDefinition {
}
