package coop.harvest.letters.boundary;

import coop.harvest.letters.control.LetterFlow;
import coop.harvest.letters.entity.LetterEvent;
import coop.harvest.letters.entity.LetterStatus;
import coop.harvest.notifications.boundary.Notifier;
import coop.harvest.audit.boundary.AuditLog;
import coop.harvest.platform.Dates;
import coop.harvest.platform.MarketDay;
import coop.harvest.platform.SchemaMigrator;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The mailbox's timers, safe on several instances: each change is a conditional UPDATE of one row, and only the
 * instance whose UPDATE changed it notifies or writes history. Overdue letters are announced to every staff member
 * once (per due date); answers left without feedback for a week close their letter.
 */
@Stateless
public class LetterTimers {

    private static final Logger LOG = Logger.getLogger(LetterTimers.class.getName());

    @Inject
    SchemaMigrator schema;

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifier notifier;

    @Inject
    AuditLog audit;

    @Schedule(minute = "*/5", hour = "*", persistent = false, info = "letters: overdue and feedback")
    public void sweep() {
        if (!schema.isMigrated()) {
            return;
        }
        int overdue = announceOverdue();
        int closed = closeWithoutFeedback();
        if (overdue + closed > 0) {
            LOG.log(Level.INFO, "Letters: {0} newly overdue, {1} closed without feedback", new Object[]{overdue, closed});
        }
    }

    /** Tells every staff member about each letter that became overdue; answers how many letters. */
    public int announceOverdue() {
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("SELECT ID, TRACKING_NUMBER FROM LETTER WHERE STATUS IN"
                        + " ('RECEIVED', 'ASSIGNED', 'REOPENED') AND DUE_BY < ? AND OVERDUE_NOTIFIED = FALSE")
                .setParameter(1, Date.valueOf(MarketDay.today())).getResultList();
        int count = 0;
        for (Object[] row : due) {
            long id = ((Number) row[0]).longValue();
            int claimed = em.createNativeQuery("UPDATE LETTER SET OVERDUE_NOTIFIED = TRUE WHERE ID = ?"
                    + " AND OVERDUE_NOTIFIED = FALSE").setParameter(1, id).executeUpdate();
            if (claimed == 1) {
                // a read of ACCOUNT: accounts has no boundary method listing staff yet
                for (Object staff : em.createNativeQuery("SELECT ID FROM ACCOUNT WHERE ROLE_NAME = 'STAFF'"
                        + " AND SUSPENDED = FALSE").getResultList()) {
                    notifier.notify(((Number) staff).longValue(), "LETTER_OVERDUE", "letter.overdue",
                            new Object[]{row[1]}, "/staff/letters.xhtml?id=" + id);
                }
                count++;
            }
        }
        return count;
    }

    /** Closes letters answered more than a week ago without feedback; answers how many. */
    public int closeWithoutFeedback() {
        Instant now = Dates.now();
        Timestamp cutoff = Timestamp.from(LetterFlow.feedbackCutoff(now));
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("SELECT ID FROM LETTER WHERE STATUS = 'ANSWERED' AND ANSWERED_AT < ?")
                .setParameter(1, cutoff).getResultList();
        int count = 0;
        for (Object found : ids) {
            long id = ((Number) found).longValue();
            int closed = em.createNativeQuery("UPDATE LETTER SET STATUS = 'CLOSED', CLOSED_AT = ?,"
                            + " VERSION = VERSION + 1 WHERE ID = ? AND STATUS = 'ANSWERED' AND ANSWERED_AT < ?")
                    .setParameter(1, Timestamp.from(now)).setParameter(2, id).setParameter(3, cutoff).executeUpdate();
            if (closed == 1) {
                em.persist(new LetterEvent(id, now, LetterStatus.CLOSED, null));
                audit.record(AuditLog.SYSTEM, "LETTER_CLOSED_WITHOUT_FEEDBACK", "LETTER", id, null);
                count++;
            }
        }
        return count;
    }
}
