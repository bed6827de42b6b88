package coop.harvest.orders.boundary;

import coop.harvest.accounts.entity.Account;
import coop.harvest.accounts.entity.Cooperative;
import coop.harvest.catalog.boundary.Catalog;
import coop.harvest.catalog.entity.Product;
import coop.harvest.orders.entity.OrderEvent;
import coop.harvest.orders.entity.OrderStatus;
import coop.harvest.orders.entity.PurchaseOrder;
import coop.harvest.notifications.boundary.Notifier;
import coop.harvest.platform.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reservations and order changes, inside a transaction that already holds the product lock. Quantity moves only
 * through conditional updates checked for one row, so nothing is oversold whatever runs at the same time.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class OrderBook {

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifier notifier;

    @Inject
    Catalog catalog;

    @Inject
    Event<OrderReleased> released;

    @Inject
    @ConfigProperty(name = "HARVEST_CONFIRM_WINDOW", defaultValue = "PT48H")
    Duration confirmWindow;

    @Inject
    @ConfigProperty(name = "HARVEST_TIMEZONE", defaultValue = "Asia/Shanghai")
    String timezone;

    /** Locks a listing's row when it is ACTIVE with at least this much left (all-or-none plans check first). */
    public boolean hold(long listingId, BigDecimal quantity) {
        return em.createNativeQuery("UPDATE LISTING SET VERSION = VERSION WHERE ID = ? AND STATUS = 'ACTIVE' "
                        + "AND AVAILABLE >= ?")
                .setParameter(1, listingId).setParameter(2, quantity).executeUpdate() == 1;
    }

    /**
     * Reserves the quantity and creates a PENDING_CONFIRMATION order at the listing's price; for a demand, its filled
     * quantity grows too. Empty when the listing is no longer ACTIVE with that much left.
     */
    public Optional<PurchaseOrder> create(long listingId, Long demandId, long buyerId, BigDecimal quantity,
                                          String actor) {
        Instant now = Instant.now();
        int reserved = em.createNativeQuery("UPDATE LISTING SET AVAILABLE = AVAILABLE - ?, "
                        + "STATUS = CASE WHEN AVAILABLE = ? THEN 'SOLD_OUT' ELSE STATUS END, "
                        + "VERSION = VERSION + 1, UPDATED_AT = ? WHERE ID = ? AND STATUS = 'ACTIVE' AND AVAILABLE >= ?")
                .setParameter(1, quantity).setParameter(2, quantity).setParameter(3, Timestamp.from(now))
                .setParameter(4, listingId).setParameter(5, quantity).executeUpdate();
        if (reserved != 1) {
            return Optional.empty();
        }
        if (demandId != null && em.createNativeQuery("UPDATE DEMAND SET FILLED_QUANTITY = FILLED_QUANTITY + ?, "
                        + "STATUS = CASE WHEN FILLED_QUANTITY + ? >= QUANTITY THEN 'FILLED' ELSE 'PARTIALLY_FILLED' END, "
                        + "VERSION = VERSION + 1, UPDATED_AT = ? WHERE ID = ? "
                        + "AND STATUS IN ('OPEN', 'PARTIALLY_FILLED') AND FILLED_QUANTITY + ? <= QUANTITY")
                .setParameter(1, quantity).setParameter(2, quantity).setParameter(3, Timestamp.from(now))
                .setParameter(4, demandId).setParameter(5, quantity).executeUpdate() != 1) {
            throw ProblemException.conflict("The demand changed while it was being matched; please retry");
        }
        Object[] listing = (Object[]) em.createNativeQuery(
                        "SELECT COOPERATIVE_ID, PRODUCT_CODE, UNIT_PRICE FROM LISTING WHERE ID = ?")
                .setParameter(1, listingId).getSingleResult();
        PurchaseOrder order = new PurchaseOrder(listingId, demandId, buyerId, ((Number) listing[0]).longValue(),
                (String) listing[1], quantity, (BigDecimal) listing[2], now, now.plus(confirmWindow));
        em.persist(order);
        em.flush();
        em.persist(new OrderEvent(order.getId(), OrderStatus.PENDING_CONFIRMATION, now, actor, null));
        String kind = demandId == null ? "created" : "matched";
        Object[] args = args(order, null);
        notifier.notify(buyerId, demandId == null ? "ORDER_CREATED" : "MATCH", "order." + kind + ".buyer", args,
                link(order));
        notifier.notifyCooperative(order.getCooperativeId(), demandId == null ? "ORDER_CREATED" : "MATCH",
                "order." + kind + ".cooperative", args, link(order));
        return Optional.of(order);
    }

    /** Moves a locked order to its next state, with a history line, the quantity given back when it failed, and notes. */
    public void apply(PurchaseOrder order, OrderStatus next, String actor, String note) {
        Instant now = Instant.now();
        order.moveTo(next, now);
        em.persist(new OrderEvent(order.getId(), next, now, actor, blankToNull(note)));
        em.flush();
        if (next.releasesQuantity()) {
            release(order, now);
        }
        Object[] args = args(order, note);
        notifier.notify(order.getBuyerId(), "ORDER_" + next.name(), "order." + next.name(), args, link(order));
        notifier.notifyCooperative(order.getCooperativeId(), "ORDER_" + next.name(), "order." + next.name(), args,
                link(order));
    }

    /** Tells both parties of an order something about it (a suspension of its listing). */
    public void tellParties(PurchaseOrder order, String type, String messageKey, String note) {
        Object[] args = args(order, note);
        notifier.notify(order.getBuyerId(), type, messageKey, args, link(order));
        notifier.notifyCooperative(order.getCooperativeId(), type, messageKey, args, link(order));
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
        em.createNativeQuery("UPDATE LISTING SET AVAILABLE = CASE WHEN AVAILABLE + ? > QUANTITY THEN QUANTITY "
                        + "ELSE AVAILABLE + ? END, STATUS = CASE WHEN STATUS = 'SOLD_OUT' THEN 'ACTIVE' ELSE STATUS END, "
                        + "VERSION = VERSION + 1, UPDATED_AT = ? WHERE ID = ?")
                .setParameter(1, q).setParameter(2, q).setParameter(3, Timestamp.from(now))
                .setParameter(4, order.getListingId()).executeUpdate();
        if (order.getDemandId() != null) {
            em.createNativeQuery("UPDATE DEMAND SET FILLED_QUANTITY = CASE WHEN FILLED_QUANTITY - ? < 0 THEN 0 "
                            + "ELSE FILLED_QUANTITY - ? END, STATUS = CASE WHEN STATUS IN ('OPEN', 'PARTIALLY_FILLED', "
                            + "'FILLED') THEN (CASE WHEN FILLED_QUANTITY - ? <= 0 THEN 'OPEN' ELSE 'PARTIALLY_FILLED' END) "
                            + "ELSE STATUS END, VERSION = VERSION + 1, UPDATED_AT = ? WHERE ID = ?")
                    .setParameter(1, q).setParameter(2, q).setParameter(3, q).setParameter(4, Timestamp.from(now))
                    .setParameter(5, order.getDemandId()).executeUpdate();
        }
        released.fire(new OrderReleased(order.getId(), order.getListingId(), order.getDemandId(),
                order.getProduct()));
    }

    /**
     * Message arguments: {0} id, {1} quantity, {2} product (per language), {3} cooperative, {4} note, {5} total,
     * {6} confirmation deadline (market time), {7} unit price, {8} buyer.
     */
    private Object[] args(PurchaseOrder order, String note) {
        Optional<Product> product = catalog.product(order.getProduct());
        Map<String, String> productName = Map.of(
                "zh", product.map(p -> p.name("zh")).orElse(order.getProduct()),
                "en", product.map(p -> p.name("en")).orElse(order.getProduct()));
        Cooperative cooperative = em.find(Cooperative.class, order.getCooperativeId());
        Account buyer = em.find(Account.class, order.getBuyerId());
        String deadline = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(order.getConfirmBy().atZone(ZoneId.of(timezone)));
        return new Object[] {String.valueOf(order.getId()), plain(order.getQuantity()), productName,
                cooperative.getName(), note == null || note.isBlank() ? "—" : note.strip(),
                order.getTotal().toPlainString(), deadline, order.getUnitPrice().toPlainString(), buyer.publicName()};
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
