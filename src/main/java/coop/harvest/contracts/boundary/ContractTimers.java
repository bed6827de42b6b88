package coop.harvest.contracts.boundary;

import coop.harvest.contracts.control.DeliveryCalendar;
import coop.harvest.notifications.boundary.Notifier;
import coop.harvest.platform.MarketDay;
import coop.harvest.platform.SchemaMigrator;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Order farming's timers, safe on several instances (each change is a conditional UPDATE of one row, and only the
 * instance whose UPDATE changed it notifies): offers past their deadline close, deliveries still SCHEDULED 7 days
 * after their due date become LATE (both parties are told), and a cooperative is reminded once, 3 days before a
 * delivery is due. Days are market days (HARVEST_TIMEZONE).
 */
@Stateless
public class ContractTimers {

    private static final Logger LOG = Logger.getLogger(ContractTimers.class.getName());

    @Inject
    SchemaMigrator schema;

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifier notifier;

    @Schedule(minute = "*/5", hour = "*", persistent = false, info = "contracts: deadlines, late deliveries, reminders")
    public void sweep() {
        if (!schema.isMigrated()) {
            return;
        }
        LocalDate today = MarketDay.today();
        int closed = closeOffers(today);
        int late = markLate(today);
        int reminded = remind(today);
        if (closed + late + reminded > 0) {
            LOG.log(Level.INFO, "Contracts: {0} offers closed, {1} deliveries late, {2} reminders",
                    new Object[]{closed, late, reminded});
        }
    }

    /** Closes open offers whose commitment deadline has passed. */
    public int closeOffers(LocalDate today) {
        return em.createNativeQuery("UPDATE CONTRACT_OFFER SET STATUS = 'CLOSED', VERSION = VERSION + 1 "
                + "WHERE STATUS = 'OPEN' AND COMMIT_BY < ?").setParameter(1, Date.valueOf(today)).executeUpdate();
    }

    /** Marks deliveries of active contracts still SCHEDULED a week after their due date LATE; tells both parties. */
    public int markLate(LocalDate today) {
        Date cutoff = Date.valueOf(DeliveryCalendar.lateIfDueOnOrBefore(today));
        int count = 0;
        for (Object[] row : rows("SELECT d.ID, c.ID, d.DELIVERY_NUMBER, d.DUE, c.BUYER_ID, c.COOPERATIVE_ID "
                + "FROM CONTRACT_DELIVERY d JOIN FARM_CONTRACT c ON c.ID = d.CONTRACT_ID "
                + "WHERE d.STATUS = 'SCHEDULED' AND d.DUE <= ? AND c.STATUS = 'ACTIVE'", cutoff)) {
            int changed = em.createNativeQuery("UPDATE CONTRACT_DELIVERY SET STATUS = 'LATE', VERSION = VERSION + 1 "
                    + "WHERE ID = ? AND STATUS = 'SCHEDULED'").setParameter(1, row[0]).executeUpdate();
            if (changed == 1) {
                Object[] args = {row[1], row[2], String.valueOf(row[3])};
                notifier.notify(((Number) row[4]).longValue(), "CONTRACT_DELIVERY_LATE", "contracts.late", args,
                        ContractLedger.BUYER_PAGE);
                notifier.notifyCooperative(((Number) row[5]).longValue(), "CONTRACT_DELIVERY_LATE", "contracts.late",
                        args, ContractLedger.COOP_PAGE);
                count++;
            }
        }
        return count;
    }

    /** Reminds each cooperative once of a delivery due within 3 days. */
    public int remind(LocalDate today) {
        int count = 0;
        for (Object[] row : rows("SELECT d.ID, c.ID, d.DELIVERY_NUMBER, d.DUE, d.QUANTITY, c.COOPERATIVE_ID "
                + "FROM CONTRACT_DELIVERY d JOIN FARM_CONTRACT c ON c.ID = d.CONTRACT_ID "
                + "WHERE d.STATUS = 'SCHEDULED' AND d.REMINDED = FALSE AND d.DUE >= ? AND d.DUE <= ? "
                + "AND c.STATUS = 'ACTIVE'", Date.valueOf(today),
                Date.valueOf(DeliveryCalendar.remindIfDueOnOrBefore(today)))) {
            int claimed = em.createNativeQuery("UPDATE CONTRACT_DELIVERY SET REMINDED = TRUE WHERE ID = ? "
                    + "AND REMINDED = FALSE").setParameter(1, row[0]).executeUpdate();
            if (claimed == 1) {
                notifier.notifyCooperative(((Number) row[5]).longValue(), "CONTRACT_DELIVERY_DUE", "contracts.reminder",
                        new Object[]{row[1], row[2], String.valueOf(row[3]),
                                ContractOffers.plain(new java.math.BigDecimal(row[4].toString()))},
                        ContractLedger.COOP_PAGE);
                count++;
            }
        }
        return count;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }
}
