package coop.harvest.orders.boundary;

import coop.harvest.orders.control.HoardingCaps;
import coop.harvest.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a direct order that would let one buyer hold more than {@code HARVEST_PENDING_PER_LISTING} of one listing
 * or {@code HARVEST_PENDING_PER_BUYER} in all in orders awaiting confirmation (409 with the caps in the detail).
 * Called under the listing's row lock, so orders on one listing are counted one after the other; the buyer's own
 * lock row (see {@link BuyerLocks}) makes orders of one buyer on different listings and products count one after the
 * other too: both sums are read only once the buyer's row is held. Matching counts a demand's fills against the same
 * caps ({@link #admissible}), so a demand is no way around them. The buyer's row is always locked after the
 * listings' and before the order is written, and only here (decisions and sweeps never take it), so it adds no
 * deadlock to the lock order product → listing → buyer → demand → order.
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

    /** One order that a demand's fill would create: this much of that listing. */
    public record Want(long listingId, BigDecimal quantity) {
    }

    /**
     * How many of a demand's fills, taken in the order given (matching's price-time order), fit the caps together
     * with the buyer's pending orders and the fills before them; the first one that would pass a cap ends the count.
     * Locks the buyer's row: call it once the listings' rows are held.
     */
    public int admissible(long buyerId, List<Want> wants) {
        if (wants.isEmpty()) {
            return 0;
        }
        buyerLocks.lock(buyerId);
        Map<Long, BigDecimal> onListing = new HashMap<>();
        BigDecimal inAll = BigDecimal.ZERO;
        for (Object row : em.createNativeQuery("SELECT LISTING_ID, SUM(QUANTITY) FROM PURCHASE_ORDER "
                        + "WHERE BUYER_ID = ? AND STATUS = 'PENDING_CONFIRMATION' GROUP BY LISTING_ID")
                .setParameter(1, buyerId).getResultList()) {
            Object[] pending = (Object[]) row;
            BigDecimal quantity = decimal(pending[1]);
            onListing.put(((Number) pending[0]).longValue(), quantity);
            inAll = inAll.add(quantity);
        }
        HoardingCaps caps = new HoardingCaps(perListing, perBuyer);
        int fit = 0;
        for (Want want : wants) {
            BigDecimal there = onListing.getOrDefault(want.listingId(), BigDecimal.ZERO);
            if (caps.problem(there, inAll, want.quantity()).isPresent()) {
                break;
            }
            onListing.put(want.listingId(), there.add(want.quantity()));
            inAll = inAll.add(want.quantity());
            fit++;
        }
        return fit;
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
