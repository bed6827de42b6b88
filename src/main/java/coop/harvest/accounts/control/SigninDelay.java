package coop.harvest.accounts.control;

import java.time.Duration;

/**
 * How long a username waits after consecutive failed sign-ins: the first {@link #FREE_ATTEMPTS} are free, each one
 * after that waits twice as long as the one before, from 15 seconds up to a cap. A growing delay rather than a long
 * lock: whoever guesses at someone else's username costs its owner at most the cap's wait, while guessing stays slow
 * (with the cap of 5 minutes, at most 12 guesses an hour on top of the per-address limit).
 */
public final class SigninDelay {

    public static final int FREE_ATTEMPTS = 5;
    public static final Duration FIRST = Duration.ofSeconds(15);
    public static final Duration CAP = Duration.ofMinutes(5);

    private SigninDelay() {
    }

    /** The wait before the attempt after {@code attempts} consecutive ones; zero while attempts are free. */
    public static Duration after(int attempts) {
        if (attempts < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int doublings = Math.min(attempts - FREE_ATTEMPTS, 10);
        Duration delay = FIRST.multipliedBy(1L << doublings);
        return delay.compareTo(CAP) > 0 ? CAP : delay;
    }
}
