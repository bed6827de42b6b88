package coop.harvest.messaging.control;

import java.time.Duration;

/** Exponential backoff between attempts: base, 2×base, 4×base…, never more than an hour. */
public final class Backoff {

    public static final int MAX_ATTEMPTS = 5;
    private static final Duration CAP = Duration.ofHours(1);

    private Backoff() {
    }

    /** The wait after the {@code attempts}-th failed attempt (1 for the first). */
    public static Duration after(int attempts, Duration base) {
        int exponent = Math.max(0, Math.min(20, attempts - 1));
        Duration wait = base.multipliedBy(1L << exponent);
        return wait.compareTo(CAP) > 0 ? CAP : wait;
    }

    /** True when a message that failed this many times is given up. */
    public static boolean exhausted(int attempts) {
        return attempts >= MAX_ATTEMPTS;
    }
}
