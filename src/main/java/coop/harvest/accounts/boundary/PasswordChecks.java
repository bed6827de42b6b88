package coop.harvest.accounts.boundary;

import coop.harvest.platform.ProblemException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The limit in total: at most {@code HARVEST_SIGNIN_CONCURRENT_CHECKS} (default: twice the processors) password hashes
 * are computed at once on an instance. A flood of sign-ins from many addresses and usernames waits a little for its
 * turn and then gets 429, instead of taking every processor from the rest of the marketplace.
 */
final class PasswordChecks {

    private static final Semaphore SLOTS = new Semaphore(Integer.getInteger("harvest.signin.concurrentChecks",
            Math.max(2, 2 * Runtime.getRuntime().availableProcessors())), true);

    private PasswordChecks() {
    }

    static boolean run(BooleanSupplier check) {
        boolean acquired;
        try {
            acquired = SLOTS.tryAcquire(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw ProblemException.tooManyRequests("Too many sign-ins at this moment; try again in a second", 1);
        }
        try {
            return check.getAsBoolean();
        } finally {
            SLOTS.release();
        }
    }
}
