package coop.harvest.orders.boundary;

import coop.harvest.moderation.boundary.CooperativeSuspended;
import coop.harvest.moderation.boundary.ListingSuspended;
import coop.harvest.orders.entity.OrderStatus;
import coop.harvest.orders.entity.PurchaseOrder;
import coop.harvest.catalog.boundary.ProductLock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** What the bureau's suspensions mean for open orders, in the staff action's transaction. */
@Stateless
@PermitAll
public class OrderModerationObserver {

    @PersistenceContext
    EntityManager em;

    @Inject
    OrderBook book;

    @Inject
    OrderNotices notices;

    @Inject
    ProductLock productLock;

    /** A suspended cooperative cannot deliver: its unshipped orders are cancelled and the buyers told why. */
    public void cooperativeSuspended(@Observes CooperativeSuspended event) {
        List<PurchaseOrder> open = em.createQuery("SELECT o FROM PurchaseOrder o WHERE o.cooperativeId = :c "
                        + "AND o.status IN :open ORDER BY o.product, o.id", PurchaseOrder.class)
                .setParameter("c", event.cooperativeId())
                .setParameter("open", List.of(OrderStatus.PENDING_CONFIRMATION, OrderStatus.CONFIRMED))
                .getResultList();
        for (PurchaseOrder order : open) {
            productLock.lock(order.getProduct());
            em.refresh(order, LockModeType.PESSIMISTIC_WRITE);
            if (order.getStatus() == OrderStatus.PENDING_CONFIRMATION || order.getStatus() == OrderStatus.CONFIRMED) {
                book.apply(order, OrderStatus.CANCELLED, event.actor(), event.reason());
            }
        }
    }

    /** Open orders of a suspended listing stay as they are; both parties are told. */
    public void listingSuspended(@Observes ListingSuspended event) {
        em.createQuery("SELECT o FROM PurchaseOrder o WHERE o.listingId = :l AND o.status IN :open",
                        PurchaseOrder.class)
                .setParameter("l", event.listingId())
                .setParameter("open", List.of(OrderStatus.PENDING_CONFIRMATION, OrderStatus.CONFIRMED,
                        OrderStatus.SHIPPED))
                .getResultStream()
                .forEach(o -> notices.tellParties(o, "LISTING_SUSPENDED", "order.listingSuspended", event.reason()));
    }
}
