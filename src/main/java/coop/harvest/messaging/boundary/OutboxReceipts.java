package coop.harvest.messaging.boundary;

import coop.harvest.platform.Dates;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Delivery receipts and the SENT rows they settle: FAILED when a part was not delivered, DELIVERED when every part
 * was. Each method is its own short transaction.
 *
 * <p>A receipt may arrive before its text is recorded as sent (the SMSC answers the submit, the receipt follows at
 * once, the sender records its whole batch later). Then the receipt's transaction finds no part to settle, and the
 * sender's record cannot see the uncommitted receipt (a PostgreSQL snapshot does not wait for it as Derby does). So
 * both sides look again after their commit: the sender settles its sent rows in a transaction after the record
 * ({@link #settle}), and a receipt that found no part settles in a second transaction ({@link #settleReceipt}).
 * Whichever of those two looks comes last reads what the other side committed, so no receipt is left unapplied.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxReceipts {

    /**
     * A row's receipts through its parts. Without the hint (an SQL comment other databases ignore) Derby's optimizer
     * may read every receipt ever received for each row, by a hash join or a table scan, depending on its statistics.
     */
    private static final String RECEIPTS_OF_ROW = "SMS_PART p JOIN SMS_RECEIPT r "
            + "--DERBY-PROPERTIES joinStrategy=NESTEDLOOP, index=SMS_RECEIPT_SMSC_ID\n"
            + " ON r.SMSC_ID = p.SMSC_ID WHERE p.OUTBOX_ID = SMS_OUTBOX.ID";
    private static final String UNDELIVERED_PART = "EXISTS (SELECT 1 FROM " + RECEIPTS_OF_ROW
            + " AND r.DELIVERED = FALSE)";
    /** SENT → FAILED when a part's receipt says undelivered. */
    private static final String FAILED_BY_RECEIPT = "UPDATE SMS_OUTBOX SET STATUS = 'FAILED', "
            + "LAST_ERROR = 'undelivered (receipt)', VERSION = VERSION + 1 WHERE ID = ? AND STATUS = 'SENT' AND "
            + UNDELIVERED_PART;
    /** SENT → DELIVERED when every part has a delivered receipt and none an undelivered one (FAILED wins). */
    private static final String DELIVERED_BY_RECEIPTS = "UPDATE SMS_OUTBOX SET STATUS = 'DELIVERED', "
            + "VERSION = VERSION + 1 WHERE ID = ? AND STATUS = 'SENT' AND PARTS > 0 "
            + "AND PARTS <= (SELECT COUNT(DISTINCT p.SMSC_ID) FROM " + RECEIPTS_OF_ROW + " AND r.DELIVERED = TRUE) "
            + "AND NOT " + UNDELIVERED_PART;

    @PersistenceContext
    EntityManager em;

    /**
     * The sender's look after its record is committed: settles those of its SENT rows whose receipts came first.
     * Each rule runs once per row (by its key, see {@link OutboxStore}), in one JDBC batch per rule.
     */
    public void settle(List<Long> ids) {
        for (String rule : List.of(FAILED_BY_RECEIPT, DELIVERED_BY_RECEIPTS)) {
            JdbcBatch.run(em, rule, ids, (statement, id) -> statement.setLong(1, id));
        }
    }

    /**
     * Records a delivery receipt and settles its text if that is recorded as sent; false when it is not yet (the
     * receipt came first), and the caller then calls {@link #settleReceipt} once this transaction is committed.
     * The receipts of a concatenated message's parts arrive together on several threads: each locks the message's
     * row before it adds its receipt and counts, so the last one counts every part (two counting side by side would
     * each miss the other). A receipt can settle a row only the way it says, so one of the two rules runs.
     */
    public boolean receipt(String smscId, boolean delivered) {
        List<Long> owners = lockOwners(smscId);
        em.createNativeQuery("INSERT INTO SMS_RECEIPT (SMSC_ID, DELIVERED, RECEIVED_AT) VALUES (?, ?, ?)")
                .setParameter(1, smscId).setParameter(2, delivered).setParameter(3, Timestamp.from(Dates.now()))
                .executeUpdate();
        for (long owner : owners) {
            run(delivered ? DELIVERED_BY_RECEIPTS : FAILED_BY_RECEIPT, owner);
        }
        return !owners.isEmpty();
    }

    /** The receipt's own look after its commit, when its text was not recorded as sent yet (see the class). */
    public void settleReceipt(String smscId) {
        for (long owner : lockOwners(smscId)) {
            run(FAILED_BY_RECEIPT, owner);
            run(DELIVERED_BY_RECEIPTS, owner);
        }
    }

    /**
     * The rows whose part has this message id, each locked in id order (receipts never deadlock each other, and a
     * sender's settle waits for the row instead of reading a receipt that is not committed yet).
     */
    private List<Long> lockOwners(String smscId) {
        List<Long> owners = new ArrayList<>();
        for (Object owner : em.createNativeQuery("SELECT OUTBOX_ID FROM SMS_PART WHERE SMSC_ID = ?")
                .setParameter(1, smscId).getResultList()) {
            owners.add(((Number) owner).longValue());
        }
        List<Long> sorted = owners.stream().distinct().sorted().toList();
        for (long owner : sorted) {
            em.createNativeQuery("UPDATE SMS_OUTBOX SET VERSION = VERSION + 1 WHERE ID = ?").setParameter(1, owner)
                    .executeUpdate();
        }
        return sorted;
    }

    private void run(String rule, long id) {
        em.createNativeQuery(rule).setParameter(1, id).executeUpdate();
    }
}
