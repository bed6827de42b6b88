package coop.harvest.accounts.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first staff account comes from HARVEST_ADMIN_USERNAME / HARVEST_ADMIN_PASSWORD. Only in demo mode is there
 * a default (admin / harvest-demo-admin), announced in the log; otherwise no staff account exists until configured.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class AccountsBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountsBootstrap.class.getName());
    static final String DEMO_ADMIN = "admin";
    static final String DEMO_PASSWORD = "harvest-demo-admin";

    @Inject
    Accounts accounts;

    @Inject
    @ConfigProperty(name = "HARVEST_ADMIN_USERNAME")
    Optional<String> adminUsername;

    @Inject
    @ConfigProperty(name = "HARVEST_ADMIN_PASSWORD")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "HARVEST_DEMO", defaultValue = "false")
    boolean demo;

    @PostConstruct
    void createFirstStaff() {
        if (adminUsername.isPresent() && adminPassword.isPresent()) {
            if (accounts.ensureStaff(adminUsername.get(), adminPassword.get())) {
                LOG.info(() -> "Created staff account " + adminUsername.get() + " from HARVEST_ADMIN_USERNAME");
            }
        } else if (demo) {
            if (accounts.ensureStaff(DEMO_ADMIN, DEMO_PASSWORD)) {
                LOG.warning("Demo mode: created staff account admin / harvest-demo-admin. Never use demo mode "
                        + "in production.");
            }
        } else {
            LOG.info("No staff account configured: set HARVEST_ADMIN_USERNAME and HARVEST_ADMIN_PASSWORD");
        }
    }
}
