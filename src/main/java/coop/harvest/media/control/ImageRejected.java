package coop.harvest.media.control;

/** Why an upload is refused; the boundary turns each reason into its HTTP status (415, 413, 422, 503). */
public class ImageRejected extends RuntimeException {

    public enum Reason { UNSUPPORTED_TYPE, TOO_LARGE, NOT_THAT_IMAGE, TOO_MANY_PIXELS, BUSY }

    private final Reason reason;

    public ImageRejected(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
