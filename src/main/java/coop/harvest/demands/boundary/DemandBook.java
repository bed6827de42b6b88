package coop.harvest.demands.boundary;

import coop.harvest.catalog.boundary.ProductLock;
import coop.harvest.demands.entity.Demand;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The DEMAND table for the components above demands: fills by orders and their release, status changes decided by
 * the bureau, and fresh reads for matching. Fills are conditional updates checked for one row. Joins the caller's
 * transaction; whoever fills holds the product lock already (lock order product, listing, demand, order).
 * A plain CDI bean, not a session bean: an order calls it several times, and each EJB call costs its interceptors;
 * its container-managed entity manager joins the caller's JTA transaction all the same.
 */
@Dependent
public class DemandBook {

    private static final String REFRESH = "eclipselink.refresh";

    @PersistenceContext
    EntityManager em;

    @Inject
    ProductLock productLock;

    public Optional<DemandRecord> find(long id) {
        return Optional.ofNullable(em.find(Demand.class, id)).map(DemandRecord::of);
    }

    /** The demand as the database has it now (other transactions may have changed the row). */
    public Optional<DemandRecord> fresh(long id) {
        Demand demand = em.find(Demand.class, id);
        if (demand == null) {
            return Optional.empty();
        }
        em.refresh(demand);
        return Optional.of(DemandRecord.of(demand));
    }

    /** Takes the product lock, then the demand's row lock, for a status decision; empty for an unknown demand. */
    public Optional<DemandRecord> lockForChange(long id) {
        Demand demand = em.find(Demand.class, id);
        if (demand == null) {
            return Optional.empty();
        }
        productLock.lock(demand.getProduct());
        em.refresh(demand, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(DemandRecord.of(demand));
    }

    /** Changes a locked demand's status, with the reason its buyer sees. */
    public DemandRecord changeStatus(long id, DemandStatus status, String reason) {
        Demand demand = em.find(Demand.class, id);
        demand.changeStatus(status, reason);
        return DemandRecord.of(demand);
    }

    /** Open demands of the product that accept this price and are still needed, fresh from the database. */
    public List<DemandRecord> openFor(String product, BigDecimal unitPrice, LocalDate today) {
        return em.createQuery("SELECT d FROM Demand d WHERE d.product = :p AND d.status IN :open "
                        + "AND d.maxUnitPrice >= :price AND d.neededBy >= :today", Demand.class)
                .setParameter("p", product)
                .setParameter("open", List.of(DemandStatus.OPEN, DemandStatus.PARTIALLY_FILLED))
                .setParameter("price", unitPrice).setParameter("today", today)
                .setHint(REFRESH, true).getResultStream().map(DemandRecord::of).toList();
    }

    /** Adds to an open demand's filled quantity (FILLED when complete); false when it no longer takes that much. */
    public boolean fill(long demandId, BigDecimal quantity, Instant now) {
        return em.createNativeQuery("UPDATE DEMAND SET FILLED_QUANTITY = FILLED_QUANTITY + ?, "
                        + "STATUS = CASE WHEN FILLED_QUANTITY + ? >= QUANTITY THEN 'FILLED' ELSE 'PARTIALLY_FILLED' END, "
                        + "VERSION = VERSION + 1, UPDATED_AT = ? WHERE ID = ? "
                        + "AND STATUS IN ('OPEN', 'PARTIALLY_FILLED') AND FILLED_QUANTITY + ? <= QUANTITY")
                .setParameter(1, quantity).setParameter(2, quantity).setParameter(3, Timestamp.from(now))
                .setParameter(4, demandId).setParameter(5, quantity).executeUpdate() == 1;
    }

    /** Takes a failed order's quantity off the demand's filled quantity; an OPEN, PARTIALLY_FILLED or FILLED demand re-opens. */
    public void unfill(long demandId, BigDecimal quantity, Instant now) {
        em.createNativeQuery("UPDATE DEMAND SET FILLED_QUANTITY = CASE WHEN FILLED_QUANTITY - ? < 0 THEN 0 "
                        + "ELSE FILLED_QUANTITY - ? END, STATUS = CASE WHEN STATUS IN ('OPEN', 'PARTIALLY_FILLED', "
                        + "'FILLED') THEN (CASE WHEN FILLED_QUANTITY - ? <= 0 THEN 'OPEN' ELSE 'PARTIALLY_FILLED' END) "
                        + "ELSE STATUS END, VERSION = VERSION + 1, UPDATED_AT = ? WHERE ID = ?")
                .setParameter(1, quantity).setParameter(2, quantity).setParameter(3, quantity)
                .setParameter(4, Timestamp.from(now)).setParameter(5, demandId).executeUpdate();
    }

    /** Brings a demand this transaction holds in memory up to date after the conditional updates above. */
    public void resync(long demandId) {
        Demand demand = em.find(Demand.class, demandId);
        if (demand != null) {
            em.refresh(demand);
        }
    }

    /** The orders made from a demand, oldest first (as its view lists them). */
    public List<Long> orderIds(long demandId) {
        return DemandViews.orderIds(em, List.of(demandId)).getOrDefault(demandId, List.of());
    }
}
