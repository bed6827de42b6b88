package coop.harvest.messaging.boundary;

import coop.harvest.messaging.control.Backoff;
import coop.harvest.platform.Dates;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The sender's steps on the outbox, each a short transaction of conditional statements, so that several instances
 * draining one outbox never send a row twice: a round's rows are claimed with a lease under a token unique to the
 * round (only rows nobody holds), and only the holder of that token records their outcomes. A round of up to
 * {@link #BATCH} texts costs two transactions (claim, record) and a few JDBC batches, not two transactions per text:
 * on a machine that also takes orders, the sender's cost per text is what the orders feel.
 *
 * <p>Every statement names one row by its primary key. A set-based form ({@code WHERE ID IN (…)}) would be fewer
 * executions, but on a small outbox Derby may then scan the table, and an UPDATE that scans waits for every row
 * another transaction holds: two receipts' updates deadlocked that way in a test.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore {

    /** The most rows one round claims. */
    public static final int BATCH = 50;

    /** A due row as read before claiming: what to send, and the version the claim expects. */
    public record Due(long id, String to, String text, int attempts, long version) {
    }

    /** A claimed row: what to send, and its attempts counting this one. */
    public record Claimed(long id, String to, String text, int attempts) {
    }

    /** What became of a claimed row in its round. */
    public sealed interface Outcome permits Sent, Failed, Released {
        long id();
    }

    /** The SMSC took every part: their message ids, which the receipts name. */
    public record Sent(long id, List<String> smscIds) implements Outcome {
    }

    /**
     * A failed attempt (refused, or the link broke during this submit): retried after a backoff.
     * {@code linkBroken} ends the round.
     */
    public record Failed(long id, int attempts, String error, boolean linkBroken) implements Outcome {
    }

    /**
     * Not sent (the link broke earlier in the round, or the SMSC asked to slow down): handed back without losing its
     * attempt.
     */
    public record Released(long id) implements Outcome {
    }

    @PersistenceContext
    EntityManager em;

    /**
     * Rows due now, not held by anyone's live lease, at most {@link #BATCH}: the texts to one person first, then the
     * texts to lists, each oldest first. The hint (an SQL comment other databases ignore) pins the index in that order
     * (V370): without it Derby scanned the whole outbox, every text ever sent included, and sorted what was queued,
     * on every round (70 ms a round at 80,000 queued of 100,000 rows, against 2 ms through the index).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Due> due() {
        Timestamp now = Timestamp.from(Dates.now());
        List<Due> due = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT ID, RECIPIENT, BODY, ATTEMPTS, VERSION FROM SMS_OUTBOX "
                        + "--DERBY-PROPERTIES index=SMS_OUTBOX_TURN\n"
                        + " WHERE STATUS = 'QUEUED' AND NEXT_ATTEMPT_AT <= ? AND (LEASE_UNTIL IS NULL OR LEASE_UNTIL < ?) "
                        + "ORDER BY BULK, ID")
                .setParameter(1, now).setParameter(2, now).setMaxResults(BATCH).getResultList()) {
            Object[] r = (Object[]) row;
            due.add(new Due(((Number) r[0]).longValue(), (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                    ((Number) r[4]).longValue()));
        }
        return due;
    }

    /**
     * Claims those of the due rows that nobody changed since they were read, for the round named by {@code token},
     * counting an attempt for each: one conditional UPDATE per row, in one JDBC batch, in the order {@link #due()}
     * reads them (the same on every instance, so two instances claiming side by side take their row locks in the same
     * order). A row another instance claimed first has a new version (the database re-checks the condition once that
     * claim commits) and is simply not claimed; an unchanged version also means the attempts read before are the row's.
     */
    public List<Claimed> claim(List<Due> due, String token, Duration lease) {
        Instant now = Dates.now();
        Timestamp until = Timestamp.from(now.plus(lease));
        int[] claimed = JdbcBatch.run(em, "UPDATE SMS_OUTBOX SET CLAIMED_BY = ?, LEASE_UNTIL = ?, "
                        + "ATTEMPTS = ATTEMPTS + 1, VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ? "
                        + "AND STATUS = 'QUEUED' AND NEXT_ATTEMPT_AT <= ? AND (LEASE_UNTIL IS NULL OR LEASE_UNTIL < ?)",
                due, (statement, row) -> {
                    statement.setString(1, token);
                    statement.setTimestamp(2, until);
                    statement.setLong(3, row.id());
                    statement.setLong(4, row.version());
                    statement.setTimestamp(5, Timestamp.from(now));
                    statement.setTimestamp(6, Timestamp.from(now));
                });
        List<Claimed> rows = new ArrayList<>();
        for (int i = 0; i < due.size(); i++) {
            if (claimed[i] == 1) {
                Due row = due.get(i);
                rows.add(new Claimed(row.id(), row.to(), row.text(), row.attempts() + 1));
            }
        }
        return rows;
    }

    /**
     * Records a round's outcomes in one transaction, each only for a row this round still holds (a sender that
     * outlived its lease records nothing for a row claimed again since), one JDBC batch per kind of statement.
     *
     * @return the ids recorded as SENT, for {@link OutboxReceipts#settle} once this transaction is committed
     */
    public List<Long> record(String token, List<Outcome> outcomes, Duration backoff) {
        List<Sent> sent = new ArrayList<>();
        List<Failed> failed = new ArrayList<>();
        List<Released> released = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Sent s) {
                sent.add(s);
            } else if (outcome instanceof Failed f) {
                failed.add(f);
            } else if (outcome instanceof Released r) {
                released.add(r);
            }
        }
        List<Long> recorded = sent(token, sent);
        failed(token, failed, backoff);
        JdbcBatch.run(em, "UPDATE SMS_OUTBOX SET ATTEMPTS = ATTEMPTS - 1, CLAIMED_BY = NULL, LEASE_UNTIL = NULL, "
                + "VERSION = VERSION + 1 WHERE ID = ? AND CLAIMED_BY = ? AND STATUS = 'QUEUED' AND ATTEMPTS > 0",
                released, (statement, r) -> {
                    statement.setLong(1, r.id());
                    statement.setString(2, token);
                });
        return recorded;
    }

    /** SENT with the parts' message ids (for their receipts); answers the ids of the rows this round still held. */
    private List<Long> sent(String token, List<Sent> sent) {
        Timestamp now = Timestamp.from(Dates.now());
        int[] updated = JdbcBatch.run(em, "UPDATE SMS_OUTBOX SET STATUS = 'SENT', SENT_AT = ?, PARTS = ?, "
                + "LAST_ERROR = NULL, CLAIMED_BY = NULL, LEASE_UNTIL = NULL, VERSION = VERSION + 1 "
                + "WHERE ID = ? AND CLAIMED_BY = ? AND STATUS = 'QUEUED'", sent, (statement, s) -> {
                    statement.setTimestamp(1, now);
                    statement.setInt(2, s.smscIds().size());
                    statement.setLong(3, s.id());
                    statement.setString(4, token);
                });
        List<Long> held = new ArrayList<>();
        List<Object[]> parts = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            if (updated[i] == 1) {
                Sent s = sent.get(i);
                held.add(s.id());
                s.smscIds().forEach(smscId -> parts.add(new Object[]{s.id(), smscId}));
            }
        }
        JdbcBatch.run(em, "INSERT INTO SMS_PART (OUTBOX_ID, SMSC_ID) VALUES (?, ?)", parts, (statement, part) -> {
            statement.setLong(1, (Long) part[0]);
            statement.setString(2, (String) part[1]);
        });
        return held;
    }

    /** A failed attempt: due again after the backoff, or FAILED after the fifth. */
    private void failed(String token, List<Failed> failed, Duration base) {
        Instant now = Dates.now();
        JdbcBatch.run(em, "UPDATE SMS_OUTBOX SET STATUS = ?, LAST_ERROR = ?, NEXT_ATTEMPT_AT = ?, CLAIMED_BY = NULL, "
                + "LEASE_UNTIL = NULL, VERSION = VERSION + 1 WHERE ID = ? AND CLAIMED_BY = ? AND STATUS = 'QUEUED'",
                failed, (statement, f) -> {
                    statement.setString(1, Backoff.exhausted(f.attempts()) ? "FAILED" : "QUEUED");
                    statement.setString(2, f.error().length() > 300 ? f.error().substring(0, 300) : f.error());
                    statement.setTimestamp(3, Timestamp.from(now.plus(Backoff.after(f.attempts(), base))));
                    statement.setLong(4, f.id());
                    statement.setString(5, token);
                });
    }
}
