package coop.harvest.platform;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Lines up, inside this instance, the transactions about to lock one hot row (a listing many buyers order from at
 * once, a contract offer many cooperatives commit to), so that the database sees one of them at a time from each
 * instance. The row's lock still decides every outcome, across instances too; this changes only where the others
 * wait. PostgreSQL sends a waiter that finds the row changed by the transaction ahead of it to the back of the row's
 * queue, so with 32 buyers on one listing some waited many turns (the benchmark's hot listing: p50 170 ms, p99
 * 1.5 s); in a fair line here they go in arrival order. Derby's own queue is fair already.
 * <p>
 * A transaction keeps its turn until it ends, committed or rolled back, and asks once per row however often it
 * calls. Call it before the transaction's first lock on the row, while it holds no lock another transaction in the
 * same line could need (a line is never entered while holding another row's turn), so a wait here cannot close a
 * cycle the database would not see. One that waits longer than the database's lock wait limit goes on to the row's
 * lock without its turn.
 */
public final class RowQueue {

    private static final Logger LOG = Logger.getLogger(RowQueue.class.getName());

    /** The database's own lock wait limit (Derby's derby.locks.waitTimeout, PostgreSQL's lock_timeout). */
    static final long LONGEST_WAIT_SECONDS = 20;

    private static final RowTurns TURNS = new RowTurns();

    private RowQueue() {
    }

    /** Waits for this transaction's turn at the row {@code id} of {@code table}; at once outside a transaction. */
    public static void enter(String table, long id) {
        TransactionSynchronizationRegistry transactions = AfterCommit.registry();
        if (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        Row row = new Row(table, id);
        if (transactions.getResource(row) != null) {
            return;
        }
        RowTurns.Turn turn = TURNS.join(row);
        try {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // the turn is kept through the commit: the row's lock is held until then
                }

                @Override
                public void afterCompletion(int status) {
                    TURNS.leave(turn);
                }
            });
            transactions.putResource(row, Boolean.TRUE);
        } catch (RuntimeException e) {
            TURNS.leave(turn);
            throw e;
        }
        if (!turn.await(LONGEST_WAIT_SECONDS, TimeUnit.SECONDS)) {
            LOG.warning(() -> "No turn at " + table + " " + id + " within " + LONGEST_WAIT_SECONDS
                    + " s: going on to the row's lock");
        }
    }

    /** How many rows have a line in this instance now (a gauge under {@code /metrics}). */
    static int rowsInLine() {
        return TURNS.rowsInLine();
    }

    /** How many transactions of this instance are in a row's line now, waiting or holding the turn. */
    static int transactionsInLine() {
        return TURNS.places();
    }

    /** The current transaction's mark that it has (or waited for) its turn at this row. */
    private record Row(String table, long id) {
    }
}
