package coop.harvest.messaging.control;

import java.time.Duration;

/**
 * How long the sender holds off after the SMSC answered "slow down" (ESME_RTHROTTLED or ESME_RMSGQFUL): the first
 * pause (HARVEST_SMS_THROTTLE_MILLIS), doubled for each further ask in a row, at most {@link #LONGEST}; a round that
 * sent starts it over. Being asked to slow down is not a failed attempt: the text keeps its attempts.
 */
public final class SlowDown {

    public static final Duration LONGEST = Duration.ofSeconds(30);

    private final Duration first;
    private Duration current = Duration.ZERO;

    public SlowDown(Duration first) {
        this.first = first.compareTo(LONGEST) > 0 ? LONGEST : first;
    }

    /** The SMSC asked again: the pause to keep now. */
    public synchronized Duration asked() {
        Duration doubled = current.isZero() ? first : current.multipliedBy(2);
        current = doubled.compareTo(LONGEST) > 0 ? LONGEST : doubled;
        return current;
    }

    /** A text went through: the next ask pauses for the first pause again. */
    public synchronized void sent() {
        current = Duration.ZERO;
    }

    /** True between an ask and the next text that went through. */
    public synchronized boolean slowed() {
        return !current.isZero();
    }
}
