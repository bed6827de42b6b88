package coop.harvest.orders.boundary;

import coop.harvest.orders.control.OrderAction;
import coop.harvest.orders.entity.OrderStatus;
import coop.harvest.orders.entity.PurchaseOrder;
import coop.harvest.audit.boundary.AuditLog;
import coop.harvest.platform.Dates;
import coop.harvest.platform.IdempotencyStore;
import coop.harvest.catalog.boundary.ProductLock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Expires orders nobody confirmed by their deadline. A non-persistent timer on every instance: each expiry is a
 * conditional update of a still-pending, overdue order in its own transaction, so two instances never expire (or
 * give back) the same order twice, and a crash loses nothing.
 */
@Stateless
@PermitAll
public class OrderExpiry {

    @Inject
    coop.harvest.platform.SchemaMigrator schema;

    private static final Logger LOG = Logger.getLogger(OrderExpiry.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    OrderExpiry self;

    @Inject
    ProductLock productLock;

    @Inject
    OrderBook book;

    @Inject
    AuditLog audit;

    @Inject
    IdempotencyStore idempotency;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        if (!schemaReady()) {
            return;
        }
        java.util.List<Long> due;
        try {
            due = em.createQuery("SELECT o.id FROM PurchaseOrder o WHERE o.status = :pending "
                            + "AND o.confirmBy < :now ORDER BY o.confirmBy", Long.class)
                    .setParameter("pending", OrderStatus.PENDING_CONFIRMATION).setParameter("now", Dates.now())
                    .setMaxResults(100).getResultList();
        } catch (PersistenceException notMigratedYet) {
            // timers may fire while a slow start-up is still applying the schema scripts: the next sweep catches up
            LOG.log(Level.FINE, "order sweep skipped", notMigratedYet);
            return;
        }
        for (Long id : due) {
            try {
                self.expire(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Order {0} could not be expired now; the next sweep retries", id);
            }
        }
    }

    /** True once the schema is migrated; timers can fire before a slow start-up has applied the scripts. */
    private boolean schemaReady() {
        return schema.isMigrated();
    }

    @Schedule(hour = "*", minute = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void forgetOldIdempotencyKeys() {
        try {
            idempotency.purgeExpired();
        } catch (RuntimeException notNow) {
            LOG.log(Level.FINE, "idempotency purge skipped; the next run catches up", notNow);
        }
    }

    /** Expires one order if it is still pending and overdue; false when another instance or a party was first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean expire(long id) {
        PurchaseOrder order = em.find(PurchaseOrder.class, id);
        if (order == null) {
            return false;
        }
        productLock.lock(order.getProduct());
        Instant now = Dates.now();
        int changed = em.createNativeQuery("UPDATE PURCHASE_ORDER SET VERSION = VERSION + 1, UPDATED_AT = ? "
                        + "WHERE ID = ? AND STATUS = 'PENDING_CONFIRMATION' AND CONFIRM_BY < ?")
                .setParameter(1, Timestamp.from(now)).setParameter(2, id).setParameter(3, Timestamp.from(now))
                .executeUpdate();
        if (changed != 1) {
            return false;
        }
        em.refresh(order);
        book.apply(order, OrderAction.EXPIRE.target(), AuditLog.SYSTEM, null);
        audit.record(AuditLog.SYSTEM, "ORDER_EXPIRED", "ORDER", id, "not confirmed by " + order.getConfirmBy());
        return true;
    }
}
