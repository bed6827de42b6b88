package coop.harvest.listings.boundary;

import coop.harvest.listings.control.ListingLifecycle;
import coop.harvest.platform.DataVersion;
import coop.harvest.platform.Dates;
import coop.harvest.platform.MarketDay;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Marks listings whose last day has passed as EXPIRED. One conditional UPDATE: several instances running it at the
 * same minute change each row once, and a crash loses nothing (the next run, or the read-time rule, catches up).
 */
@Stateless
public class ListingExpiry {

    @jakarta.inject.Inject
    coop.harvest.platform.SchemaMigrator schema;

    private static final Logger LOG = Logger.getLogger(ListingExpiry.class.getName());

    @PersistenceContext
    EntityManager em;

    @Schedule(minute = "*", hour = "*", persistent = false, info = "listing expiry")
    public void sweep() {
        if (!schema.isMigrated()) {
            return;
        }
        int expired = expire();
        if (expired > 0) {
            LOG.log(Level.INFO, "{0} listings expired", expired);
        }
    }

    /** Expires what is due now; answers how many listings changed. */
    public int expire() {
        String expiring = ListingLifecycle.EXPIRING.stream().map(s -> "'" + s.name() + "'")
                .collect(Collectors.joining(",", "(", ")"));
        int expired = em.createNativeQuery("UPDATE LISTING SET STATUS = 'EXPIRED', UPDATED_AT = ?, VERSION = VERSION + 1"
                        + " WHERE STATUS IN " + expiring + " AND AVAILABLE_UNTIL < ?")
                .setParameter(1, Timestamp.from(Dates.now()))
                .setParameter(2, Date.valueOf(MarketDay.today()))
                .executeUpdate();
        if (expired > 0) {
            // a native update passes the entity listener by: the public caches must still notice
            DataVersion.changing();
        }
        return expired;
    }
}
