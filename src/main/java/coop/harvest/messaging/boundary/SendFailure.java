package coop.harvest.messaging.boundary;

/**
 * The SMSC did not take a message: refused, or the link broke (retried with backoff, each a failed attempt), or asked
 * to slow down before the message's first part (handed back without losing an attempt, see
 * {@link coop.harvest.messaging.control.SlowDown}).
 */
public class SendFailure extends Exception {

    private final boolean linkBroken;
    private final boolean throttled;

    public SendFailure(String message, boolean linkBroken) {
        this(message, linkBroken, false);
    }

    private SendFailure(String message, boolean linkBroken, boolean throttled) {
        super(message, null, false, false);
        this.linkBroken = linkBroken;
        this.throttled = throttled;
    }

    /** The SMSC asked to slow down before it took any part of the message: nothing of it was sent. */
    public static SendFailure throttled(String why) {
        return new SendFailure(why, false, true);
    }

    /** True when the bind is gone and must be made again before the next message. */
    public boolean linkBroken() {
        return linkBroken;
    }

    /** True when the SMSC asked to slow down and took none of the message. */
    public boolean throttled() {
        return throttled;
    }
}
