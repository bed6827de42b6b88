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
 * listings' and before the demand's and the order is written, here and where an order awaiting confirmation is
 * created ({@link OrderBook}); decisions and sweeps never take it, so it adds no deadlock to the lock order product →
 * listing → buyer → demand → order.
 * <p>
 * The row also keeps an upper bound on what the buyer holds unconfirmed ({@link BuyerLocks#raisePending}): an order
 * that fits the caps even with the bound reads none of the buyer's pending orders, which a busy buyer has hundreds of;
 * one that fits the cap in all with the bound reads only the buyer's pending orders on its listing (a buyer holding
 * more in all than one listing's cap is the usual wholesaler, not an exception); only one that may pass the cap in all
 * is counted exactly over all the buyer's pending orders, and the exact sum becomes the bound again.
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
        check(buyerId, listingId, quantity, false);
    }

    /**
     * As {@link #check}, raising the buyer's bound by the order in the same statement that locks the buyer's row
     * ({@link BuyerLocks#lockRaising}): for an order then created without raising it again.
     */
    public void checkAndRaise(long buyerId, long listingId, BigDecimal quantity) {
        check(buyerId, listingId, quantity, true);
    }

    private void check(long buyerId, long listingId, BigDecimal quantity, boolean raise) {
        BigDecimal bound = raise ? buyerLocks.lockRaising(buyerId, quantity) : buyerLocks.lock(buyerId);
        HoardingCaps caps = new HoardingCaps(perListing, perBuyer);
        // what the buyer holds on this listing is part of what it holds in all, which the bound overstates: within
        // the caps with the bound means within them for certain, and no pending order needs to be read
        if (bound != null && caps.problem(bound, bound, quantity).isEmpty()) {
            return;
        }
        // within the cap in all even with the bound: only what the buyer holds on this listing needs reading, not
        // every pending order of a buyer who holds more in all than one listing's cap
        if (bound != null && caps.problem(BigDecimal.ZERO, bound, quantity).isEmpty()) {
            caps.problem(pendingOn(buyerId, listingId), bound, quantity).ifPresent(problem -> {
                throw ProblemException.conflict(problem);
            });
            return;
        }
        Object[] pending = (Object[]) em.createNativeQuery("SELECT "
                        + "COALESCE(SUM(CASE WHEN LISTING_ID = ? THEN QUANTITY ELSE 0 END), 0), COALESCE(SUM(QUANTITY), 0) "
                        + "FROM PURCHASE_ORDER WHERE BUYER_ID = ? AND STATUS = 'PENDING_CONFIRMATION'")
                .setParameter(1, listingId).setParameter(2, buyerId).getSingleResult();
        // the exact sum, and the order this check was raised for (not written yet) on top of it
        buyerLocks.storePending(buyerId, raise ? BuyerLocks.decimal(pending[1]).add(quantity)
                : BuyerLocks.decimal(pending[1]));
        caps.problem(BuyerLocks.decimal(pending[0]), BuyerLocks.decimal(pending[1]), quantity).ifPresent(problem -> {
            throw ProblemException.conflict(problem);
        });
    }

    /** What the buyer holds unconfirmed on one listing: the index's range for that buyer and listing. */
    private BigDecimal pendingOn(long buyerId, long listingId) {
        return BuyerLocks.decimal(em.createNativeQuery("SELECT COALESCE(SUM(QUANTITY), 0) FROM PURCHASE_ORDER "
                        + "WHERE BUYER_ID = ? AND STATUS = 'PENDING_CONFIRMATION' AND LISTING_ID = ?")
                .setParameter(1, buyerId).setParameter(2, listingId).getSingleResult());
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
        BigDecimal bound = buyerLocks.lock(buyerId);
        HoardingCaps caps = new HoardingCaps(perListing, perBuyer);
        BigDecimal wanted = wants.stream().map(Want::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (bound != null && caps.problem(bound, bound, wanted).isEmpty()) {
            return wants.size(); // all of them together fit even the overstated holding (see check)
        }
        Map<Long, BigDecimal> onListing = new HashMap<>();
        BigDecimal inAll = BigDecimal.ZERO;
        if (bound != null && caps.problem(BigDecimal.ZERO, bound, wanted).isEmpty()) {
            // all of them fit the cap in all even with the bound: only the wanted listings' holdings need reading
            for (Want want : wants) {
                onListing.computeIfAbsent(want.listingId(), listing -> pendingOn(buyerId, listing));
            }
            inAll = bound;
        } else {
            for (Object row : em.createNativeQuery("SELECT LISTING_ID, SUM(QUANTITY) FROM PURCHASE_ORDER "
                            + "WHERE BUYER_ID = ? AND STATUS = 'PENDING_CONFIRMATION' GROUP BY LISTING_ID")
                    .setParameter(1, buyerId).getResultList()) {
                Object[] pending = (Object[]) row;
                BigDecimal quantity = BuyerLocks.decimal(pending[1]);
                onListing.put(((Number) pending[0]).longValue(), quantity);
                inAll = inAll.add(quantity);
            }
            buyerLocks.storePending(buyerId, inAll);
        }
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
}
