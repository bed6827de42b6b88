package coop.harvest.platform;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Runs an action once the current transaction has committed (and not if it rolls back), at most once per transaction
 * for one {@code mark}, however many writes ask; at once where no transaction is active. For counters that caches
 * compare against: moved after the commit, a reader can never keep an answer read before it under the new number.
 */
public final class AfterCommit {

    private static volatile TransactionSynchronizationRegistry registry;

    private AfterCommit() {
    }

    public static void run(Object mark, Runnable action) {
        TransactionSynchronizationRegistry transactions = registry();
        if (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            action.run();
            return;
        }
        if (transactions.getResource(mark) == null) {
            transactions.putResource(mark, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to prepare: only the outcome matters
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        action.run();
                    }
                }
            });
        }
    }

    /** Whether an action for this mark waits for the current transaction's commit. */
    public static boolean pending(Object mark) {
        TransactionSynchronizationRegistry transactions = registry();
        return transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE
                && transactions.getResource(mark) != null;
    }

    /**
     * The container's registry, looked up once (every write asks for it, and it never changes); null outside the
     * container.
     */
    static TransactionSynchronizationRegistry registry() {
        TransactionSynchronizationRegistry known = registry;
        if (known == null) {
            try {
                known = (TransactionSynchronizationRegistry) new InitialContext()
                        .lookup("java:comp/TransactionSynchronizationRegistry");
                registry = known;
            } catch (NamingException | RuntimeException outsideTheContainer) {
                return null;
            }
        }
        return known;
    }
}
