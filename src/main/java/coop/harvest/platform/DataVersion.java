package coop.harvest.platform;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * A number that moves whenever a transaction of this instance that changed public trading data (listings,
 * demands, orders, cooperatives, accounts) commits. Caches of public aggregates keep an entry only while the number
 * is unchanged, so a user sees the effect of their own action at once. Another instance's changes are not seen
 * here: such caches also expire after a few seconds.
 */
public final class DataVersion {

    private static final AtomicLong VERSION = new AtomicLong();
    private static final Object MARK = new Object();
    private static volatile TransactionSynchronizationRegistry registry;

    private DataVersion() {
    }

    public static long current() {
        return VERSION.get();
    }

    /** Call inside the changing transaction: the version moves when (and only if) it commits. */
    public static void changing() {
        TransactionSynchronizationRegistry registry = registry();
        if (registry == null || registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            VERSION.incrementAndGet();
            return;
        }
        if (registry.getResource(MARK) == null) {
            registry.putResource(MARK, Boolean.TRUE);
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to prepare: only the outcome matters
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        VERSION.incrementAndGet();
                    }
                }
            });
        }
    }

    /** Looked up once: every write of public data asks for it, and the container's registry never changes. */
    private static TransactionSynchronizationRegistry registry() {
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
