package coop.harvest.listings.boundary;

import coop.harvest.platform.DataVersion;
import coop.harvest.platform.Dialect;
import coop.harvest.platform.RowQueue;
import coop.harvest.catalog.boundary.ProductLock;
import coop.harvest.listings.entity.Listing;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The LISTING table for the components above listings: stock held, reserved and given back by orders, status
 * changes decided by the bureau, and fresh reads for matching. Quantity moves only through conditional updates checked
 * for one row, so nothing is oversold whatever runs at the same time. Joins the caller's transaction. Lock order:
 * product, cooperative, listing, demand, order; matching and decisions start with the product lock, a direct order
 * with its listing's row ({@link #reserveForOrder}, or {@link #lockForOrder} when it cannot be placed at once) and
 * takes no product lock. A direct order first waits its turn in the listing's line inside this instance
 * ({@link RowQueue}), so that many buyers of one listing reach its row one at a time, in arrival order.
 * A plain CDI bean, not a session bean: an order calls it several times, and each EJB call costs its interceptors;
 * its container-managed entity manager joins the caller's JTA transaction all the same.
 */
@Dependent
public class ListingBook {

    private static final String REFRESH = "eclipselink.refresh";

    /** PostgreSQL answers a reservation's terms with the reservation itself (see {@link Dialect#updateReturning}). */
    private static final boolean UPDATE_RETURNING = Dialect.configured().updateReturning();

    @PersistenceContext
    EntityManager em;

    @Inject
    ProductLock productLock;

    @Inject
    Event<ListingActivated> activated;

    /** The cooperative, product and price of a reserved listing, read once with or right after the reservation. */
    public record Reserved(long cooperativeId, String product, BigDecimal unitPrice) {
    }

    public Optional<ListingRecord> find(long id) {
        return Optional.ofNullable(em.find(Listing.class, id)).map(ListingRecord::of);
    }

    /** The listing as the database has it now (other transactions may have changed the row). */
    public Optional<ListingRecord> fresh(long id) {
        Listing listing = em.find(Listing.class, id);
        if (listing == null) {
            return Optional.empty();
        }
        em.refresh(listing);
        return Optional.of(ListingRecord.of(listing));
    }

    /** Takes the product lock, then the listing's row lock, for a status decision; empty for an unknown listing. */
    public Optional<ListingRecord> lockForChange(long id) {
        Listing listing = em.find(Listing.class, id);
        if (listing == null) {
            return Optional.empty();
        }
        productLock.lock(listing.getProduct());
        em.refresh(listing, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(ListingRecord.of(listing));
    }

    /**
     * Changes a locked listing's status (with the reason its cooperative sees). A listing that becomes ACTIVE is
     * announced ({@link ListingActivated}), so open demands are matched against it in this transaction.
     */
    public ListingRecord changeStatus(long id, ListingStatus status, String reason) {
        Listing listing = em.find(Listing.class, id);
        listing.changeStatus(status, reason);
        em.flush();
        if (status == ListingStatus.ACTIVE) {
            activated.fire(new ListingActivated(id, listing.getCooperativeId(), listing.getProduct(),
                    listing.getCounty()));
            em.flush();
            em.refresh(listing);
        }
        return ListingRecord.of(listing);
    }

    /**
     * Locks one listing's row for a direct order that {@link #reserveForOrder} could not place at once, and reads it
     * as it is now, so the order can say why (or be placed if the listing changed meanwhile); empty for an unknown
     * listing. A direct order takes no product lock (orders of different listings of one product never queue behind
     * each other): its lock order is listing → the buyer's row (the hoarding caps, ORDER_BUYER_LOCK; matching takes
     * it after its listings) → cooperative (the new order's foreign key) → order. Whoever must not miss an order being
     * placed on this listing locks the listing's row too (a listing decision through {@link #lockForChange}, a
     * cooperative's through {@link #lockForCooperativeDecision}), so one of the two waits for the other's commit.
     */
    public Optional<ListingRecord> lockForOrder(long id) {
        // the order changes the listing's availability (natively): public caches must notice
        DataVersion.changing();
        RowQueue.enter("LISTING", id);
        if (em.createNativeQuery("UPDATE LISTING SET VERSION = VERSION WHERE ID = ?").setParameter(1, id)
                .executeUpdate() != 1) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Listing.class, id, Map.of(REFRESH, true))).map(ListingRecord::of);
    }

    /**
     * Before a decision about a cooperative itself (a suspension cancels its open orders): the product lock of every
     * product it lists, in product order (matching's first lock), then the rows of all its listings (a direct order's
     * first lock), and only then may the caller lock the cooperative's row. An order being placed on one of its
     * listings therefore commits before the decision reads the open orders, or starts after it and sees the
     * suspension; and none can deadlock with it (on PostgreSQL a new order's foreign key share-locks the
     * cooperative's row, which a decision holding that row first would turn into a deadlock per order).
     */
    public void lockForCooperativeDecision(long cooperativeId) {
        List<String> products = em.createQuery("SELECT DISTINCT l.product FROM Listing l WHERE l.cooperativeId = :c "
                + "ORDER BY l.product", String.class).setParameter("c", cooperativeId).getResultList();
        products.forEach(productLock::lock);
        em.createNativeQuery("UPDATE LISTING SET VERSION = VERSION WHERE COOPERATIVE_ID = ?")
                .setParameter(1, cooperativeId).executeUpdate();
    }

    /** Announces again every ACTIVE listing of a cooperative whose suspension was lifted, oldest first. */
    public void announceActiveOf(long cooperativeId) {
        em.flush();
        List<Listing> active = em.createQuery("SELECT l FROM Listing l WHERE l.cooperativeId = :c "
                        + "AND l.status = :active ORDER BY l.createdAt, l.id", Listing.class)
                .setParameter("c", cooperativeId).setParameter("active", ListingStatus.ACTIVE).getResultList();
        active.forEach(l -> activated.fire(new ListingActivated(l.getId(), l.getCooperativeId(), l.getProduct(),
                l.getCounty())));
    }

    /** Listings waiting for the bureau's review (not past their last day), oldest change first. */
    public List<ListingRecord> pendingReview(LocalDate today, int first, int max) {
        return em.createQuery("SELECT l FROM Listing l WHERE l.status = :pending "
                        + "AND l.availableUntil >= :today ORDER BY l.updatedAt, l.id", Listing.class)
                .setParameter("pending", ListingStatus.PENDING_REVIEW).setParameter("today", today)
                .setFirstResult(first).setMaxResults(max).getResultStream().map(ListingRecord::of).toList();
    }

    public long countPendingReview(LocalDate today) {
        return em.createQuery("SELECT COUNT(l) FROM Listing l WHERE l.status = :pending "
                        + "AND l.availableUntil >= :today", Long.class)
                .setParameter("pending", ListingStatus.PENDING_REVIEW).setParameter("today", today)
                .getSingleResult();
    }

    /**
     * ACTIVE listings of the product with something left at or below the price, in price-time priority, {@code max}
     * of them from position {@code first}, fresh from the database: a product may have tens of thousands of offers,
     * and a demand is usually filled by the first few.
     */
    public List<ListingRecord> offers(String product, BigDecimal maxUnitPrice, int first, int max) {
        // one statement in index order: the scan reads each candidate's row anyway (for AVAILABLE), so the page's
        // listings come with it rather than from a second look-up by id. The hint keeps Derby from sorting every offer
        // of the product when its statistics are stale; it is an SQL comment that other databases ignore.
        @SuppressWarnings("unchecked")
        List<Listing> page = em.createNativeQuery("SELECT l.* FROM LISTING l "
                        + "--DERBY-PROPERTIES index=LISTING_OFFER_ORDER\n"
                        + " WHERE l.PRODUCT_CODE = ? AND l.STATUS = 'ACTIVE' AND l.AVAILABLE > 0 AND l.UNIT_PRICE <= ?"
                        + " ORDER BY l.UNIT_PRICE, l.CREATED_AT, l.ID OFFSET " + first + " ROWS FETCH NEXT " + max
                        + " ROWS ONLY", Listing.class)
                .setParameter(1, product).setParameter(2, maxUnitPrice).setHint(REFRESH, true).getResultList();
        return page.stream().map(ListingRecord::of).toList();
    }

    /** Locks a listing's row when it is ACTIVE with at least this much left (all-or-none plans check first). */
    public boolean hold(long listingId, BigDecimal quantity) {
        return em.createNativeQuery("UPDATE LISTING SET VERSION = VERSION WHERE ID = ? AND STATUS = 'ACTIVE' "
                        + "AND AVAILABLE >= ?")
                .setParameter(1, listingId).setParameter(2, quantity).executeUpdate() == 1;
    }

    /**
     * Takes the quantity off an ACTIVE listing that has that much left (SOLD_OUT when nothing remains); empty when it
     * has not.
     */
    public Optional<Reserved> reserve(long listingId, BigDecimal quantity, Instant now) {
        if (!take(listingId, quantity, now, false)) {
            return Optional.empty();
        }
        return Optional.of(reserved(listingId));
    }

    /**
     * A direct order's reservation as its first statement: the conditional decrement (ACTIVE, that much left, at least
     * the minimum order) takes the listing's row lock itself, so the usual order costs one statement on the hot row
     * less than locking and reading first ({@link #lockForOrder}); the cooperative, product and price come back with
     * it on PostgreSQL and are read right after it, under that lock, on Derby. Empty, with nothing changed, when the
     * listing cannot give that quantity: the caller takes the locking path to say why. The lock order and the
     * guarantee are those of {@link #lockForOrder}.
     */
    public Optional<Reserved> reserveForOrder(long listingId, BigDecimal quantity, Instant now) {
        // the order changes the listing's availability (natively): public caches must notice
        DataVersion.changing();
        // in line with this instance's other orders of the listing before its row's lock (see RowQueue)
        RowQueue.enter("LISTING", listingId);
        if (UPDATE_RETURNING) {
            // the terms come back with the reservation: one round trip under the row's lock instead of two
            List<?> taken = decrement(listingId, quantity, now, true,
                    " RETURNING COOPERATIVE_ID, PRODUCT_CODE, UNIT_PRICE").getResultList();
            return taken.isEmpty() ? Optional.empty() : Optional.of(terms((Object[]) taken.get(0)));
        }
        if (!take(listingId, quantity, now, true)) {
            return Optional.empty();
        }
        return Optional.of(reserved(listingId));
    }

    /**
     * The reserved listing's terms, read by its primary key. AVAILABLE is read too, though unused, so that no index
     * covers the query: Derby otherwise answered it from the search index LISTING_PRODUCT_COUNTY (V330, which holds
     * these three columns and ID) on a small table, scanning that whole index and taking a shared lock on every row
     * it passed; two orders each holding its own listing's row then waited for each other's until Derby's deadlock
     * timeout (20 s). AVAILABLE is in no index: it changes with every order.
     */
    private Reserved reserved(long listingId) {
        return terms((Object[]) em.createNativeQuery(
                        "SELECT COOPERATIVE_ID, PRODUCT_CODE, UNIT_PRICE, AVAILABLE FROM LISTING WHERE ID = ?")
                .setParameter(1, listingId).getSingleResult());
    }

    /** The cooperative, product and price of a reserved listing, from a row that starts with these three columns. */
    private static Reserved terms(Object[] row) {
        return new Reserved(((Number) row[0]).longValue(), (String) row[1], (BigDecimal) row[2]);
    }

    /**
     * As {@link #reserve}, for a listing this transaction locked with {@link #lockForOrder}: until it commits nobody
     * else changes the row's cooperative, product or price, so they come from that read instead of a second one.
     */
    public Optional<Reserved> reserveLocked(ListingRecord locked, BigDecimal quantity, Instant now) {
        if (!take(locked.id(), quantity, now, false)) {
            return Optional.empty();
        }
        return Optional.of(new Reserved(locked.cooperativeId(), locked.product(), locked.unitPrice()));
    }

    /**
     * The conditional decrement: true when the listing was ACTIVE with at least that much left (and, when asked, that
     * much is at least its minimum order).
     */
    private boolean take(long listingId, BigDecimal quantity, Instant now, boolean minimum) {
        return decrement(listingId, quantity, now, minimum, "").executeUpdate() == 1;
    }

    /**
     * {@link #take}'s statement, which changes one row or none, with {@code returning} appended (a {@code RETURNING}
     * clause where the database has one, or nothing).
     */
    private Query decrement(long listingId, BigDecimal quantity, Instant now, boolean minimum, String returning) {
        Query update = em.createNativeQuery("UPDATE LISTING SET AVAILABLE = AVAILABLE - ?, "
                        + "STATUS = CASE WHEN AVAILABLE = ? THEN 'SOLD_OUT' ELSE STATUS END, "
                        + "VERSION = VERSION + 1, UPDATED_AT = ? WHERE ID = ? AND STATUS = 'ACTIVE' AND AVAILABLE >= ?"
                        + (minimum ? " AND MIN_ORDER_QUANTITY <= ?" : "") + returning)
                .setParameter(1, quantity).setParameter(2, quantity).setParameter(3, Timestamp.from(now))
                .setParameter(4, listingId).setParameter(5, quantity);
        if (minimum) {
            update.setParameter(6, quantity);
        }
        return update;
    }

    /**
     * Gives quantity back (never above the listing's quantity; a SOLD_OUT listing is ACTIVE again). The order that
     * released it announces the release itself ({@code OrderReleased}), and matching re-matches from there.
     */
    public void release(long listingId, BigDecimal quantity, Instant now) {
        em.createNativeQuery("UPDATE LISTING SET AVAILABLE = CASE WHEN AVAILABLE + ? > QUANTITY THEN QUANTITY "
                        + "ELSE AVAILABLE + ? END, STATUS = CASE WHEN STATUS = 'SOLD_OUT' THEN 'ACTIVE' ELSE STATUS END, "
                        + "VERSION = VERSION + 1, UPDATED_AT = ? WHERE ID = ?")
                .setParameter(1, quantity).setParameter(2, quantity).setParameter(3, Timestamp.from(now))
                .setParameter(4, listingId).executeUpdate();
    }

    /** Brings a listing this transaction holds in memory up to date after the conditional updates above. */
    public void resync(long listingId) {
        Listing touched = em.find(Listing.class, listingId);
        if (touched != null) {
            em.refresh(touched);
        }
    }
}
