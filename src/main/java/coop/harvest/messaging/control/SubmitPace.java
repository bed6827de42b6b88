package coop.harvest.messaging.control;

/**
 * Spaces an instance's submits to at most a number a second, the rate an operator's SMSC contract allows
 * (HARVEST_SMS_PER_SECOND; 0 leaves them unpaced). Each submit books the next free slot, so a burst after a quiet
 * spell goes at the pace too, and slots unused in a quiet spell are not saved up.
 */
public final class SubmitPace {

    private final long intervalNanos;
    private long nextSlot;
    private boolean started;

    public SubmitPace(int perSecond) {
        this.intervalNanos = perSecond <= 0 ? 0 : 1_000_000_000L / perSecond;
    }

    /** Books a submit wanted at {@code now} (nanoTime): answers how long to wait before it goes. */
    public synchronized long book(long now) {
        if (intervalNanos == 0) {
            return 0;
        }
        long at = !started || now - nextSlot > 0 ? now : nextSlot;
        started = true;
        nextSlot = at + intervalNanos;
        return at - now;
    }
}
