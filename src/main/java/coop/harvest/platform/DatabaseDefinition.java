package coop.harvest.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * Declares the application's one datasource. The connection settings come from the environment at run time (see
 * {@link ConfiguredDataSource}), so the same WAR runs on embedded Derby, a Derby network server or another database.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/harvest",
        className = "coop.harvest.platform.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 40,
        initialPoolSize = 2,
        isolationLevel = java.sql.Connection.TRANSACTION_READ_COMMITTED,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
public class DatabaseDefinition {
}
