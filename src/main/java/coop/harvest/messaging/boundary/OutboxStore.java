package coop.harvest.messaging.boundary;

import coop.harvest.messaging.control.Backoff;
import coop.harvest.messaging.entity.OutboxMessage;
import coop.harvest.messaging.entity.OutboxStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The sender's steps on the outbox, each its own short transaction and each a conditional update, so that several
 * instances draining one outbox never send a row twice: a row is claimed with a lease (only when nobody holds one),
 * and only the holder of the lease records the outcome.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore {

    /** A claimed row: what to send. */
    public record Claimed(long id, String to, String text, int attempts) {
    }

    @PersistenceContext
    EntityManager em;

    /** Ids of rows due now (oldest first), not held by anyone's live lease. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Long> due(int max) {
        Instant now = Instant.now();
        return em.createQuery("SELECT m.id FROM OutboxMessage m WHERE m.status = :queued AND m.nextAttemptAt <= :now "
                        + "AND (m.leaseUntil IS NULL OR m.leaseUntil < :now) ORDER BY m.id", Long.class)
                .setParameter("queued", OutboxStatus.QUEUED).setParameter("now", now)
                .setMaxResults(max).getResultList();
    }

    /** Claims one row for this instance, counting the attempt; empty when another instance was first. */
    public Optional<Claimed> claim(long id, String instance, Duration lease) {
        Instant now = Instant.now();
        int claimed = em.createNativeQuery("UPDATE SMS_OUTBOX SET CLAIMED_BY = ?, LEASE_UNTIL = ?, "
                        + "ATTEMPTS = ATTEMPTS + 1, VERSION = VERSION + 1 WHERE ID = ? AND STATUS = 'QUEUED' "
                        + "AND NEXT_ATTEMPT_AT <= ? AND (LEASE_UNTIL IS NULL OR LEASE_UNTIL < ?)")
                .setParameter(1, instance).setParameter(2, Timestamp.from(now.plus(lease))).setParameter(3, id)
                .setParameter(4, Timestamp.from(now)).setParameter(5, Timestamp.from(now)).executeUpdate();
        if (claimed != 1) {
            return Optional.empty();
        }
        OutboxMessage m = em.find(OutboxMessage.class, id);
        return Optional.of(new Claimed(id, m.getRecipient(), m.getBody(), m.getAttempts()));
    }

    /** The SMSC took every part: SENT, with the parts' message ids for their receipts. */
    public void sent(long id, String instance, List<String> smscIds) {
        int updated = em.createNativeQuery("UPDATE SMS_OUTBOX SET STATUS = 'SENT', SENT_AT = ?, PARTS = ?, "
                        + "LAST_ERROR = NULL, CLAIMED_BY = NULL, LEASE_UNTIL = NULL, VERSION = VERSION + 1 "
                        + "WHERE ID = ? AND CLAIMED_BY = ? AND STATUS = 'QUEUED'")
                .setParameter(1, Timestamp.from(Instant.now())).setParameter(2, smscIds.size()).setParameter(3, id)
                .setParameter(4, instance).executeUpdate();
        if (updated == 1) {
            for (String smscId : smscIds) {
                em.createNativeQuery("INSERT INTO SMS_PART (OUTBOX_ID, SMSC_ID) VALUES (?, ?)")
                        .setParameter(1, id).setParameter(2, smscId).executeUpdate();
            }
            applyReceipts(id);
        }
    }

    /** A failed attempt: due again after the backoff, or FAILED after the fifth. */
    public void failed(long id, String instance, int attempts, String error, Duration base) {
        boolean exhausted = Backoff.exhausted(attempts);
        Instant next = Instant.now().plus(Backoff.after(attempts, base));
        em.createNativeQuery("UPDATE SMS_OUTBOX SET STATUS = ?, LAST_ERROR = ?, NEXT_ATTEMPT_AT = ?, "
                        + "CLAIMED_BY = NULL, LEASE_UNTIL = NULL, VERSION = VERSION + 1 "
                        + "WHERE ID = ? AND CLAIMED_BY = ? AND STATUS = 'QUEUED'")
                .setParameter(1, exhausted ? "FAILED" : "QUEUED")
                .setParameter(2, error.length() > 300 ? error.substring(0, 300) : error)
                .setParameter(3, Timestamp.from(next)).setParameter(4, id).setParameter(5, instance).executeUpdate();
    }

    /** Gives a claimed row back untouched (the link was down before anything was submitted). */
    public void release(long id, String instance) {
        em.createNativeQuery("UPDATE SMS_OUTBOX SET ATTEMPTS = ATTEMPTS - 1, CLAIMED_BY = NULL, LEASE_UNTIL = NULL, "
                        + "VERSION = VERSION + 1 WHERE ID = ? AND CLAIMED_BY = ? AND STATUS = 'QUEUED' AND ATTEMPTS > 0")
                .setParameter(1, id).setParameter(2, instance).executeUpdate();
    }

    /**
     * Records a delivery receipt and settles the message it belongs to, if that is known already. The receipts of a
     * concatenated message's parts arrive together on several threads: each locks the message's row before it adds
     * its receipt and counts, so the last one counts every part (two counting side by side would each miss the other).
     */
    public void receipt(String smscId, boolean delivered) {
        List<Long> owners = em.createNativeQuery("SELECT OUTBOX_ID FROM SMS_PART WHERE SMSC_ID = ?")
                .setParameter(1, smscId).getResultList().stream().map(o -> ((Number) o).longValue()).sorted()
                .toList();
        for (long owner : owners) {
            em.createNativeQuery("UPDATE SMS_OUTBOX SET VERSION = VERSION + 1 WHERE ID = ?").setParameter(1, owner)
                    .executeUpdate();
        }
        em.createNativeQuery("INSERT INTO SMS_RECEIPT (SMSC_ID, DELIVERED, RECEIVED_AT) VALUES (?, ?, ?)")
                .setParameter(1, smscId).setParameter(2, delivered).setParameter(3, Timestamp.from(Instant.now()))
                .executeUpdate();
        for (long owner : owners) {
            applyReceipts(owner);
        }
    }

    /**
     * SENT → FAILED when a part's receipt says undelivered; SENT → DELIVERED when every part has a delivered receipt.
     */
    private void applyReceipts(long id) {
        em.createNativeQuery("UPDATE SMS_OUTBOX SET STATUS = 'FAILED', LAST_ERROR = 'undelivered (receipt)', "
                        + "VERSION = VERSION + 1 WHERE ID = ? AND STATUS = 'SENT' AND EXISTS (SELECT 1 FROM SMS_PART p "
                        + "JOIN SMS_RECEIPT r ON r.SMSC_ID = p.SMSC_ID WHERE p.OUTBOX_ID = ? AND r.DELIVERED = FALSE)")
                .setParameter(1, id).setParameter(2, id).executeUpdate();
        em.createNativeQuery("UPDATE SMS_OUTBOX SET STATUS = 'DELIVERED', VERSION = VERSION + 1 "
                        + "WHERE ID = ? AND STATUS = 'SENT' AND PARTS > 0 AND PARTS <= (SELECT COUNT(DISTINCT p.SMSC_ID) "
                        + "FROM SMS_PART p JOIN SMS_RECEIPT r ON r.SMSC_ID = p.SMSC_ID "
                        + "WHERE p.OUTBOX_ID = ? AND r.DELIVERED = TRUE)")
                .setParameter(1, id).setParameter(2, id).executeUpdate();
    }
}
