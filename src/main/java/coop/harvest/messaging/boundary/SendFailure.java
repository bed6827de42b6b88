package coop.harvest.messaging.boundary;

/** The SMSC did not take a message: throttled, refused, or the link broke. Every failure is retried with backoff. */
public class SendFailure extends Exception {

    private final boolean linkBroken;

    public SendFailure(String message, boolean linkBroken) {
        super(message, null, false, false);
        this.linkBroken = linkBroken;
    }

    /** True when the bind is gone and must be made again before the next message. */
    public boolean linkBroken() {
        return linkBroken;
    }
}
