package coop.harvest.orders.boundary;

import coop.harvest.orders.control.HoardingCaps;
import coop.harvest.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a direct order that would let one buyer hold more than {@code HARVEST_PENDING_PER_LISTING} of one listing
 * or {@code HARVEST_PENDING_PER_BUYER} in all in orders awaiting confirmation (409 with the caps in the detail).
 * Called under the listing's row lock, so orders on one listing are counted one after the other; the buyer's own
 * lock row (see {@link BuyerLocks}) makes orders of one buyer on different listings and products count one after the
 * other too: both sums are read only once the buyer's row is held. The buyer's row is always locked after the
 * listing's and before the order is written, and only here (matching, decisions and sweeps never take it), so it
 * adds no deadlock to the lock order product → listing → demand → order.
 */
@ApplicationScoped
public class HoardingGuard {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "HARVEST_PENDING_PER_LISTING", defaultValue = "5000")
    BigDecimal perListing;

    @Inject
    @ConfigProperty(name = "HARVEST_PENDING_PER_BUYER", defaultValue = "20000")
    BigDecimal perBuyer;

    @Inject
    BuyerLocks buyerLocks;

    public void check(long buyerId, long listingId, BigDecimal quantity) {
        buyerLocks.lock(buyerId);
        Object[] pending = (Object[]) em.createNativeQuery("SELECT "
                        + "COALESCE(SUM(CASE WHEN LISTING_ID = ? THEN QUANTITY ELSE 0 END), 0), COALESCE(SUM(QUANTITY), 0) "
                        + "FROM PURCHASE_ORDER WHERE BUYER_ID = ? AND STATUS = 'PENDING_CONFIRMATION'")
                .setParameter(1, listingId).setParameter(2, buyerId).getSingleResult();
        new HoardingCaps(perListing, perBuyer).problem(decimal(pending[0]), decimal(pending[1]), quantity)
                .ifPresent(problem -> {
                    throw ProblemException.conflict(problem);
                });
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
