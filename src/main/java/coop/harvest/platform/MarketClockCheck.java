package coop.harvest.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;

/** Reads the market clock's time zone at start-up: a bad HARVEST_TIMEZONE stops the deployment, with its reason. */
@Singleton
@Startup
public class MarketClockCheck {

    private static final Logger LOG = Logger.getLogger(MarketClockCheck.class.getName());

    @PostConstruct
    void check() {
        try {
            LOG.info(() -> "Market time zone: " + MarketDay.zone());
        } catch (IllegalStateException bad) {
            LOG.severe(bad.getMessage());
            throw bad;
        }
    }
}
