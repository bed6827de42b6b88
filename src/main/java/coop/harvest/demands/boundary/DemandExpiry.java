package coop.harvest.demands.boundary;

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

/**
 * Marks open demands past their {@code neededBy} as EXPIRED with one conditional UPDATE, safe when several instances
 * run it at once; reads apply the same rule, so no stale OPEN is ever shown or matched.
 */
@Stateless
public class DemandExpiry {

    @jakarta.inject.Inject
    coop.harvest.platform.SchemaMigrator schema;

    private static final Logger LOG = Logger.getLogger(DemandExpiry.class.getName());

    @PersistenceContext
    EntityManager em;

    @Schedule(minute = "*", hour = "*", persistent = false, info = "demand expiry")
    public void sweep() {
        if (!schema.isMigrated()) {
            return;
        }
        int expired = expire();
        if (expired > 0) {
            LOG.log(Level.INFO, "{0} demands expired", expired);
        }
    }

    /** Expires what is due now; answers how many demands changed. */
    public int expire() {
        return em.createNativeQuery("UPDATE DEMAND SET STATUS = 'EXPIRED', UPDATED_AT = ?, VERSION = VERSION + 1"
                        + " WHERE STATUS IN ('OPEN', 'PARTIALLY_FILLED') AND NEEDED_BY < ?")
                .setParameter(1, Timestamp.from(Dates.now()))
                .setParameter(2, Date.valueOf(MarketDay.today()))
                .executeUpdate();
    }
}
