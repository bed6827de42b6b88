package coop.harvest.orders.boundary;

import coop.harvest.platform.Dates;
import coop.harvest.platform.Dialect;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;
import java.util.Objects;

/**
 * One lock row per buyer (ORDER_BUYER_LOCK): {@link #lock} holds the buyer's row until the caller's transaction ends,
 * so checks that span all of a buyer's orders (the hoarding cap in all) run one after the other for that buyer.
 * A CDI bean with JTA interceptors rather than a session bean: every order calls it twice, and {@link #ensure} needs
 * no transaction at all for a buyer already seen; the calls through {@code self} start their own transactions.
 */
@ApplicationScoped
public class BuyerLocks {

    @PersistenceContext
    EntityManager em;

    @Inject
    BuyerLocks self;

    /**
     * PostgreSQL answers the buyer's bound with the update that locks its row ({@link Dialect#updateReturning}); on
     * Derby it is read right after.
     */
    private static final boolean UPDATE_RETURNING = Dialect.configured().updateReturning();

    private static final String RETURNING_BOUND = " RETURNING PENDING_BOUND";

    /**
     * Locks the buyer's row in the caller's transaction, creating it first (in its own transaction) if needed. The
     * row's existence is checked with a plain read before anything is locked: an UPDATE that finds no row would leave
     * Derby's key-range lock in the caller's transaction, which the creating transaction then waits for in vain.
     * Rows this instance has already seen ({@link #ensure}) are locked without that read. Answers the row's bound on
     * the buyer's pending quantity (see {@link #raisePending}), or null while it is not known.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public BigDecimal lock(long buyerId) {
        return lock(buyerId, null);
    }

    /**
     * As {@link #lock}, and raises the bound by an order the caller's transaction is about to create, in the statement
     * that takes the row (one UPDATE of the buyer's row per order, not two): answers the bound as it was before the
     * raise. The caller then creates that order without raising it again ({@link OrderBook#createReserved}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public BigDecimal lockRaising(long buyerId, BigDecimal quantity) {
        return lock(buyerId, Objects.requireNonNull(quantity));
    }

    private BigDecimal lock(long buyerId, BigDecimal raise) {
        // a row this instance has seen exists (rows are never deleted): no read before the lock on every order
        if (!KNOWN.contains(buyerId) && !exists(buyerId)) {
            try {
                self.create(buyerId);
            } catch (RuntimeException createdMeanwhile) {
                // another order of this buyer created the row first: the update below waits for it
            }
        }
        Object bound;
        if (UPDATE_RETURNING) {
            // the bound comes back with the update: one round trip under the row's lock instead of two
            List<?> locked = (raise == null ? touch(buyerId, RETURNING_BOUND) : raise(buyerId, raise, RETURNING_BOUND))
                    .getResultList();
            if (locked.isEmpty()) {
                throw noRow(buyerId);
            }
            bound = locked.get(0);
        } else {
            if ((raise == null ? touch(buyerId, "") : raise(buyerId, raise, "")).executeUpdate() == 0) {
                throw noRow(buyerId);
            }
            bound = em.createNativeQuery("SELECT PENDING_BOUND FROM ORDER_BUYER_LOCK WHERE BUYER_ID = ?")
                    .setParameter(1, buyerId).getSingleResult();
        }
        KNOWN.add(buyerId);
        return bound == null ? null : raise == null ? decimal(bound) : decimal(bound).subtract(raise);
    }

    private static IllegalStateException noRow(long buyerId) {
        KNOWN.remove(buyerId); // only a database replaced under a running instance; the next try creates it
        return new IllegalStateException("No lock row for buyer " + buyerId);
    }

    /** A quantity as the driver answers it: BigDecimal from both drivers, or any number from a SUM's type. */
    static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    /** Stores the exact pending quantity just summed for a buyer whose row the caller's transaction holds. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void storePending(long buyerId, BigDecimal exact) {
        em.createNativeQuery("UPDATE ORDER_BUYER_LOCK SET PENDING_BOUND = ? WHERE BUYER_ID = ?")
                .setParameter(1, exact).setParameter(2, buyerId).executeUpdate();
    }

    /**
     * Raises the buyer's bound by an order awaiting confirmation that the caller's transaction creates (a bound not
     * yet known stays unknown). The row is locked here if the caller has not locked it yet: after the listing's row
     * and before the demand's, as the lock order wants. Decisions never lower it, so it only ever overstates.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void raisePending(long buyerId, BigDecimal quantity) {
        ensure(buyerId); // a no-op for a buyer this instance has locked: an UPDATE finding no row would hold a range lock
        raise(buyerId, quantity, "").executeUpdate();
    }

    /** The update that raises the bound, with {@code returning} appended (see {@link #UPDATE_RETURNING}). */
    private Query raise(long buyerId, BigDecimal quantity, String returning) {
        return em.createNativeQuery("UPDATE ORDER_BUYER_LOCK SET PENDING_BOUND = PENDING_BOUND + ? WHERE BUYER_ID = ?"
                        + returning)
                .setParameter(1, quantity).setParameter(2, buyerId);
    }

    /**
     * Creates the buyer's lock row, if missing, in a transaction of its own. Callers outside any transaction (the
     * order resource and page) call this before placing an order, so that {@link #lock} never needs a second
     * connection while its transaction holds one: 64 buyers' first orders at once would otherwise exhaust the pool.
     */
    public void ensure(long buyerId) {
        if (KNOWN.contains(buyerId)) {
            return; // lock rows are never deleted: no extra transaction on every order
        }
        if (!self.exists(buyerId)) {
            try {
                self.create(buyerId);
            } catch (RuntimeException createdMeanwhile) {
                // another order of this buyer created it first
            }
        }
        KNOWN.add(buyerId);
    }

    /** Buyers whose lock row this instance has seen (rows are never deleted). */
    private static final java.util.Set<Long> KNOWN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean exists(long buyerId) {
        return !em.createNativeQuery("SELECT BUYER_ID FROM ORDER_BUYER_LOCK WHERE BUYER_ID = ?")
                .setParameter(1, buyerId).setMaxResults(1).getResultList().isEmpty();
    }

    /** The update that only takes the row's lock, with {@code returning} appended. */
    private Query touch(long buyerId, String returning) {
        return em.createNativeQuery("UPDATE ORDER_BUYER_LOCK SET LOCKED_AT = ? WHERE BUYER_ID = ?" + returning)
                .setParameter(1, Timestamp.from(Dates.now())).setParameter(2, buyerId);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(long buyerId) {
        em.createNativeQuery("INSERT INTO ORDER_BUYER_LOCK (BUYER_ID, LOCKED_AT) VALUES (?, ?)")
                .setParameter(1, buyerId).setParameter(2, Timestamp.from(Dates.now())).executeUpdate();
    }
}
