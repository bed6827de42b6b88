package coop.harvest.orders.boundary;

import coop.harvest.accounts.boundary.PartyDirectory;
import coop.harvest.demands.boundary.DemandBook;
import coop.harvest.listings.boundary.ListingBook;
import coop.harvest.listings.boundary.ListingRecord;
import coop.harvest.orders.entity.OrderStatus;
import coop.harvest.orders.entity.PurchaseOrder;
import coop.harvest.platform.Dates;
import coop.harvest.platform.ProblemException;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.util.logging.Logger;
import coop.harvest.orders.control.ConfirmationDeadline;
import coop.harvest.platform.MarketDay;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Orders created and moved on, inside a transaction that already holds the product lock: stock is reserved and given
 * back through listings' boundary, demands filled through demands' (lock order product, listing, demand, order);
 * the parties are told through {@link OrderNotices}. Quantity moves only through conditional updates checked for
 * one row, so nothing is oversold whatever runs at the same time.
 * <p>
 * A plain CDI bean that requires its caller's transaction (its callers are session beans that took the locks): one
 * EJB invocation less on every order placed, matched or moved on.
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class OrderBook {

    @PersistenceContext
    EntityManager em;

    @Inject
    OrderNotices notices;

    @Inject
    Event<OrderReleased> released;

    @Inject
    Event<OrderConfirmed> confirmed;

    @Inject
    Event<ContractOrderSettled> settled;

    @Inject
    ListingBook listings;

    @Inject
    DemandBook demands;

    @Inject
    BuyerLocks buyerLocks;

    @Inject
    OrderRows rows;

    @Inject
    @ConfigProperty(name = "HARVEST_CONFIRM_WINDOW", defaultValue = "PT48H")
    Duration confirmWindow;

    /** The market's night, which a window shorter than a day does not count (see ConfirmationDeadline). */
    @Inject
    @ConfigProperty(name = "HARVEST_CONFIRM_NIGHT", defaultValue = "21:00-07:00")
    String confirmNight;

    private volatile ConfirmationDeadline deadline;


    /**
     * Reserves the quantity and creates a PENDING_CONFIRMATION order at the listing's price; for a demand, its filled
     * quantity grows too. Empty when the listing is no longer ACTIVE with that much left.
     */
    public Optional<PurchaseOrder> create(long listingId, Long demandId, long buyerId, BigDecimal quantity,
                                          String actor) {
        return create(listingId, demandId, buyerId, quantity, actor, null, null);
    }

    /**
     * As {@link #create(long, Long, long, BigDecimal, String)}, delivered to this address with the buyer's note; an
     * order for a demand carries the demand's address and note instead.
     */
    public Optional<PurchaseOrder> create(long listingId, Long demandId, long buyerId, BigDecimal quantity,
                                          String actor, String deliveryAddress, String note) {
        Instant now = Dates.now();
        return create(listingId, listings.reserve(listingId, quantity, now), now, demandId, buyerId, quantity, actor,
                deliveryAddress, note, false, null);
    }

    /**
     * A direct order on a listing this transaction has locked ({@link ListingBook#lockForOrder}) and read: the
     * reservation takes the listing's cooperative, product and price from that read, so the order's walk reads the
     * listing's row once.
     */
    public Optional<PurchaseOrder> createDirect(ListingRecord locked, long buyerId, BigDecimal quantity, String actor,
                                                String deliveryAddress, String note,
                                                PartyDirectory.OrderParties parties) {
        Instant now = Dates.now();
        return create(locked.id(), listings.reserveLocked(locked, quantity, now), now, null, buyerId, quantity, actor,
                deliveryAddress, note, false, parties);
    }

    /**
     * A direct order on a listing this transaction has already reserved ({@link ListingBook#reserveForOrder}) at
     * {@code now}, for a buyer whose pending bound the hoarding check has already raised by it
     * ({@link HoardingGuard#checkAndRaise}), with its parties as this transaction read them.
     */
    public PurchaseOrder createReserved(long listingId, ListingBook.Reserved reserved, Instant now, long buyerId,
                                        BigDecimal quantity, String actor, String deliveryAddress, String note,
                                        PartyDirectory.OrderParties parties) {
        return create(listingId, Optional.of(reserved), now, null, buyerId, quantity, actor, deliveryAddress, note,
                true, parties).orElseThrow();
    }

    private Optional<PurchaseOrder> create(long listingId, Optional<ListingBook.Reserved> reserved, Instant now,
                                           Long demandId, long buyerId, BigDecimal quantity, String actor,
                                           String deliveryAddress, String note, boolean pendingRaised,
                                           PartyDirectory.OrderParties parties) {
        if (reserved.isEmpty()) {
            return Optional.empty();
        }
        if (!pendingRaised) {
            buyerLocks.raisePending(buyerId, quantity); // after the listing's row, before the demand's
        }
        if (demandId != null && !demands.fill(demandId, quantity, now)) {
            throw ProblemException.conflict("The demand changed while it was being matched; please retry");
        }
        ListingBook.Reserved listing = reserved.get();
        PurchaseOrder order = new PurchaseOrder(listingId, demandId, buyerId, listing.cooperativeId(),
                listing.product(), quantity, listing.unitPrice(), now, deadline().deadline(now));
        if (demandId != null) {
            demands.find(demandId).ifPresent(d -> order.setDelivery(d.deliveryAddress(), d.note()));
        } else {
            order.setDelivery(deliveryAddress, note);
        }
        // written after every change this transaction still holds in memory, as the entity manager's flush did
        em.flush();
        rows.insert(order, now, actor, null);
        notices.created(order, parties);
        return Optional.of(order);
    }

    private ConfirmationDeadline deadline() {
        ConfirmationDeadline known = deadline;
        if (known == null) {
            LocalTime[] night;
            try {
                night = ConfirmationDeadline.night(confirmNight);
            } catch (IllegalArgumentException bad) {
                Logger.getLogger(OrderBook.class.getName()).warning(
                        "HARVEST_CONFIRM_NIGHT is not like 21:00-07:00; using 21:00-07:00");
                night = ConfirmationDeadline.night("21:00-07:00");
            }
            known = new ConfirmationDeadline(confirmWindow, MarketDay.zone(), night[0], night[1]);
            deadline = known;
        }
        return known;
    }

    /** Moves a locked order to its next state, with a history line, the quantity given back when it failed, and notes. */
    public void apply(PurchaseOrder order, OrderStatus next, String actor, String note) {
        Instant now = Dates.now();
        order.moveTo(next, now);
        em.flush();
        rows.event(order.getId(), next, now, actor, blankToNull(note), null);
        if (next.releasesQuantity()) {
            release(order, now);
        }
        if (next == OrderStatus.CONFIRMED) {
            confirmed.fire(new OrderConfirmed(order.getId(), order.getProduct(), order.getUnitPrice(),
                    order.getQuantity()));
        }
        if (order.getContractId() != null) {
            settled.fire(new ContractOrderSettled(order.getId(), order.getContractId(), order.getDeliveryNumber(),
                    next.name()));
        }
        notices.tellParties(order, "ORDER_" + next.name(), "order." + next.name(), note);
    }

    /**
     * Creates the order of a shipped order-farming delivery: already SHIPPED, at the contract's price, taking no
     * listing's stock; its buyer receives or disputes it with the order actions, which fire
     * {@link ContractOrderSettled}.
     */
    public long createForContract(long contractId, int deliveryNumber, long buyerId, long cooperativeId,
                                           String product, BigDecimal quantity, BigDecimal unitPrice, String actor,
                                           String note) {
        Instant now = Dates.now();
        PurchaseOrder order = PurchaseOrder.forContractDelivery(contractId, deliveryNumber, buyerId, cooperativeId,
                product, quantity, unitPrice, now);
        em.flush();
        rows.insert(order, now, actor, blankToNull(note));
        return order.getId();
    }

    /** Listings whose order for this demand failed: never matched with it again. */
    public Set<Long> failedListings(long demandId) {
        return new HashSet<>(em.createQuery("SELECT o.listingId FROM PurchaseOrder o WHERE o.demandId = :d "
                        + "AND o.status IN :failed", Long.class)
                .setParameter("d", demandId)
                .setParameter("failed", List.of(OrderStatus.DECLINED, OrderStatus.CANCELLED, OrderStatus.EXPIRED))
                .getResultList());
    }

    private void release(PurchaseOrder order, Instant now) {
        BigDecimal q = order.getQuantity();
        listings.release(order.getListingId(), q, now);
        if (order.getDemandId() != null) {
            demands.unfill(order.getDemandId(), q, now);
        }
        released.fire(new OrderReleased(order.getId(), order.getListingId(), order.getDemandId(),
                order.getProduct()));
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    static String link(PurchaseOrder order) {
        return "/order.xhtml?id=" + order.getId();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
