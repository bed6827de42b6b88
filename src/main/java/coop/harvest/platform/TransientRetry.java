package coop.harvest.platform;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a whole transaction again when the database chose it as a deadlock victim or its lock wait timed out
 * (Derby: SQLState 40001 / 40XL1 / 40XL2; PostgreSQL: 40001 serialization failure, 40P01 deadlock, 55P03 lock
 * timeout): such a failure says nothing about the request, so the client should not see it. Call it
 * from outside any transaction (a resource), around a call that starts one (a boundary EJB).
 */
public final class TransientRetry {

    private static final Logger LOG = Logger.getLogger(TransientRetry.class.getName());
    static final int ATTEMPTS = 5;

    private TransientRetry() {
    }

    public static <T> T run(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
                LOG.log(Level.FINE, "Transaction lost a lock conflict, attempt {0}; retrying", attempt);
                pause(attempt);
            }
        }
    }

    public static boolean isTransient(Throwable e) {
        return hasSqlState(e, "40001") || hasSqlState(e, "40XL1") || hasSqlState(e, "40XL2")
                || hasSqlState(e, "40P01") || hasSqlState(e, "55P03");
    }

    /** True when an SQLException with this state is somewhere in the cause chain. */
    public static boolean hasSqlState(Throwable e, String state) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (state.equals(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50L * attempt));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
