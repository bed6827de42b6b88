package coop.harvest.orders.boundary;

import coop.harvest.accounts.boundary.Caller;
import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.accounts.boundary.PartyDirectory;
import coop.harvest.listings.boundary.ListingBook;
import coop.harvest.listings.boundary.ListingRecord;
import coop.harvest.listings.boundary.ListingStatus;
import coop.harvest.orders.control.OrderAction;
import coop.harvest.orders.entity.OrderStatus;
import coop.harvest.orders.entity.PurchaseOrder;
import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import coop.harvest.platform.Dates;
import coop.harvest.platform.ProblemException;
import coop.harvest.catalog.boundary.ProductLock;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Direct purchases, reading orders, and the parties' lifecycle actions. */
@Stateless
@PermitAll
public class Orders {

    @Inject
    HoardingGuard hoarding;

    private static final Set<ListingStatus> PURCHASABLE_SOMEDAY = Set.of(ListingStatus.ACTIVE, ListingStatus.SOLD_OUT,
            ListingStatus.SUSPENDED, ListingStatus.WITHDRAWN, ListingStatus.EXPIRED);

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    OrderBook book;

    @Inject
    ProductLock productLock;

    @Inject
    OrderViews views;

    @Inject
    ListingBook listings;

    @Inject
    PartyDirectory parties;

    /** Buys directly at the listing's price: 404 unknown listing, 422 bad quantity, 409 not enough left. */
    @RolesAllowed("BUYER")
    public OrderView place(@Valid @NotNull(message = "a JSON body is required") NewOrder request) {
        Caller caller = currentUser.require();
        // The usual order: the reservation is the first statement and takes the listing's row lock itself. Every
        // refusal after it (a suspended cooperative, the hoarding caps) is a ProblemException, which rolls it back.
        Instant now = Dates.now();
        ListingBook.Reserved reserved = listings.reserveForOrder(request.listingId, request.quantity, now).orElse(null);
        if (reserved == null) {
            return placeOrSayWhyNot(request, caller);
        }
        // The cooperative's standing and the buyer's address and name in one statement, under the listing's lock:
        // a statement there anyway, for the cooperative, so the buyer's columns cost no round trip of their own.
        PartyDirectory.OrderParties orderParties = selling(caller.accountId(), reserved.cooperativeId());
        hoarding.checkAndRaise(caller.accountId(), request.listingId, request.quantity);
        PurchaseOrder order = book.createReserved(request.listingId, reserved, now, caller.accountId(),
                request.quantity, caller.username(), deliveryAddress(request, orderParties),
                blankToNull(request.note), orderParties);
        // the order's whole history is the event just written: no need to read it back
        return views.ofNew(order, caller.username(), orderParties);
    }

    /**
     * A listing that could not give the quantity at once: locked and read, then checked in the order a buyer is told
     * why (unknown, below the minimum, not on sale, cooperative suspended, the caps, too little left); it may also
     * have been given stock back meanwhile, and then the order is placed.
     */
    private OrderView placeOrSayWhyNot(NewOrder request, Caller caller) {
        // The listing's row lock, not the product's: orders of different listings of one product never queue behind
        // each other, while a suspension (which locks the listing's row too) waits for this order or is waited for.
        // The listing is read once, under the lock; the reservation below is a conditional update all the same.
        ListingRecord listing = listings.lockForOrder(request.listingId).orElse(null);
        if (listing == null || !PURCHASABLE_SOMEDAY.contains(listing.status())) {
            throw ProblemException.notFound("Listing " + request.listingId);
        }
        if (request.quantity.compareTo(listing.minOrderQuantity()) < 0) {
            throw ProblemException.invalid("quantity", "must be at least the listing's minimum order of "
                    + OrderBook.plain(listing.minOrderQuantity()));
        }
        if (listing.status() != ListingStatus.ACTIVE) {
            throw ProblemException.conflict("This listing is not on sale now");
        }
        PartyDirectory.OrderParties orderParties = selling(caller.accountId(), listing.cooperativeId());
        hoarding.check(caller.accountId(), listing.id(), request.quantity);
        long listingId = listing.id();
        PurchaseOrder order = book.createDirect(listing, caller.accountId(), request.quantity,
                caller.username(), deliveryAddress(request, orderParties), blankToNull(request.note), orderParties)
                .orElseThrow(() -> refusal(listingId));
        return views.ofNew(order, caller.username(), orderParties);
    }

    /** The address the buyer gave for this order, or else the one on its account. */
    private static String deliveryAddress(NewOrder request, PartyDirectory.OrderParties parties) {
        String given = blankToNull(request.deliveryAddress);
        return given != null ? given : parties.deliveryAddress();
    }

    /** The order's parties; 409 when the listing's cooperative is suspended (or gone): it may not sell now. */
    private PartyDirectory.OrderParties selling(long buyerId, long cooperativeId) {
        PartyDirectory.OrderParties found = parties.orderParties(buyerId, cooperativeId).orElse(null);
        if (found == null || found.cooperativeSuspended()) {
            throw ProblemException.conflict("This cooperative may not sell now");
        }
        return found;
    }

    private ProblemException refusal(long listingId) {
        ListingRecord listing = listings.fresh(listingId).orElseThrow();
        return listing.status() == ListingStatus.ACTIVE
                ? ProblemException.conflict("Only " + OrderBook.plain(listing.available()) + " is available")
                : ProblemException.conflict("This listing is not on sale now");
    }

    /** One order: its buyer, its cooperative and staff; anyone else gets 404. */
    public OrderView get(long id) {
        Caller caller = currentUser.require();
        return views.of(visible(id, caller), java.util.Optional.of(caller));
    }

    /** A buyer's orders, a cooperative's orders on its listings, or all orders for staff; newest first. */
    public Page<OrderView> list(OrderStatus status, PageRequest page) {
        Caller caller = currentUser.require();
        // no "1 = 1": with forced parameter binding it becomes "? = ?", which Derby refuses
        StringBuilder where = new StringBuilder(" WHERE o.id IS NOT NULL");
        Long party = null;
        if (caller.isBuyer()) {
            where.append(" AND o.buyerId = :party");
            party = caller.accountId();
        } else if (caller.isCooperative()) {
            where.append(" AND o.cooperativeId = :party");
            party = caller.cooperativeId() == null ? -1 : caller.cooperativeId();
        } else if (!caller.isStaff()) {
            return page.page(List.of(), 0); // an expert neither buys nor sells
        }
        if (status != null) {
            where.append(" AND o.status = :status");
        }
        TypedQuery<PurchaseOrder> query = em.createQuery("SELECT o FROM PurchaseOrder o" + where
                + " ORDER BY o.createdAt DESC, o.id DESC", PurchaseOrder.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(o) FROM PurchaseOrder o" + where, Long.class);
        if (party != null) {
            query.setParameter("party", party);
            count.setParameter("party", party);
        }
        if (status != null) {
            query.setParameter("status", status);
            count.setParameter("status", status);
        }
        List<OrderView> items = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream()
                .map(o -> views.of(o, java.util.Optional.of(caller))).toList();
        return page.page(items, count.getSingleResult());
    }

    /** Takes a party's action: 404 unknown or not theirs, 403 the other party's action, 409 wrong state. */
    public OrderView act(long id, OrderAction action, String reason) {
        return act(id, action, reason, order -> { });
    }

    /**
     * Ships a confirmed order (its cooperative), with the carrier, tracking number and note it gives (each optional);
     * the note is also the history line's.
     */
    public OrderView ship(long id, String carrier, String trackingNumber, String note) {
        return act(id, OrderAction.SHIP, note, order -> order.recordShipment(blankToNull(carrier),
                blankToNull(trackingNumber), blankToNull(note)));
    }

    private OrderView act(long id, OrderAction action, String reason, java.util.function.Consumer<PurchaseOrder> also) {
        Caller caller = currentUser.require();
        PurchaseOrder order = visible(id, caller);
        boolean isBuyer = caller.isBuyer() && order.getBuyerId() == caller.accountId();
        boolean isCooperative = caller.ownsCooperative(order.getCooperativeId());
        if (!action.allowedFor(isBuyer, isCooperative)) {
            throw ProblemException.forbidden("Only the order's " + (action.party() == OrderAction.Party.BUYER
                    ? "buyer" : "cooperative") + " may do this");
        }
        if (action.reasonRequired() && (reason == null || reason.isBlank())) {
            throw ProblemException.invalid("reason", "is required");
        }
        productLock.lock(order.getProduct());
        em.refresh(order, LockModeType.PESSIMISTIC_WRITE);
        if (!action.allowedFrom(order.getStatus())) {
            throw ProblemException.conflict("An order that is " + order.getStatus() + " cannot be "
                    + action.target().name().toLowerCase());
        }
        also.accept(order);
        book.apply(order, action.target(), caller.username(), reason);
        return views.of(order, java.util.Optional.of(caller));
    }

    /**
     * The cooperative declines every order of one buyer on its listings that still awaits confirmation, with one
     * reason (a buyer holding stock it does not mean to take); answers the ids declined.
     */
    @RolesAllowed("COOPERATIVE")
    public List<Long> declinePendingOf(long buyerId, String reason) {
        Caller caller = currentUser.require();
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "is required");
        }
        List<Long> ids = em.createQuery("SELECT o.id FROM PurchaseOrder o WHERE o.buyerId = :buyer "
                        + "AND o.status = :pending ORDER BY o.id", Long.class)
                .setParameter("buyer", buyerId).setParameter("pending", OrderStatus.PENDING_CONFIRMATION)
                .getResultList().stream()
                .filter(id -> caller.ownsCooperative(em.find(PurchaseOrder.class, id).getCooperativeId()))
                .toList();
        List<Long> declined = new java.util.ArrayList<>();
        for (long id : ids) {
            PurchaseOrder order = em.find(PurchaseOrder.class, id);
            productLock.lock(order.getProduct());
            em.refresh(order, LockModeType.PESSIMISTIC_WRITE);
            if (OrderAction.DECLINE.allowedFrom(order.getStatus())) {
                book.apply(order, OrderAction.DECLINE.target(), caller.username(), reason.strip());
                declined.add(id);
            }
        }
        return declined;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The order if the caller is its buyer, one of its cooperative's accounts or staff; 404 otherwise. */
    public PurchaseOrder visible(long id, Caller caller) {
        PurchaseOrder order = em.find(PurchaseOrder.class, id);
        if (order == null || !(caller.isStaff() || caller.isBuyer() && order.getBuyerId() == caller.accountId()
                || caller.ownsCooperative(order.getCooperativeId()))) {
            throw ProblemException.notFound("Order " + id);
        }
        return order;
    }
}
