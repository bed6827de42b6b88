package coop.harvest.accounts.boundary;

import coop.harvest.platform.Dates;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hourly: deletes expired bearer tokens and the sign-in and sign-up counts that no longer limit anyone, so that
 * failed sign-ins for made-up usernames do not add rows forever. Safe on several instances (plain conditional
 * DELETEs).
 */
@Singleton
public class AccountsHousekeeping {

    private static final Logger LOG = Logger.getLogger(AccountsHousekeeping.class.getName());

    @Inject
    Authenticator authenticator;

    @Inject
    LoginThrottle throttle;

    @Schedule(hour = "*", minute = "23", persistent = false, info = "accounts housekeeping")
    public void purge() {
        try {
            Instant now = Dates.now();
            int tokens = authenticator.purgeExpiredTokens(now);
            int counts = throttle.purge(now);
            LOG.log(Level.FINE, "Purged {0} expired tokens and {1} stale sign-in counts", new Object[] {tokens, counts});
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Accounts housekeeping failed; it runs again in an hour", e);
        }
    }
}
