package coop.harvest.messaging.control;

import java.math.BigDecimal;

/**
 * A price alert's crossing rule: an armed alert fires when the price crosses its threshold and disarms; it is armed
 * again only once the price is back on the other side. No price (nobody offers) changes nothing.
 */
public final class Crossing {

    /** Which side of the threshold the alert watches. */
    public enum Direction { BELOW, ABOVE }

    /** What to do: fire now, and the armed state to keep. */
    public record Outcome(boolean fire, boolean armed) {
    }

    private Crossing() {
    }

    public static Outcome evaluate(Direction direction, boolean armed, BigDecimal price, BigDecimal threshold) {
        if (price == null || threshold == null) {
            return new Outcome(false, armed);
        }
        int compared = price.compareTo(threshold);
        boolean crossed = direction == Direction.BELOW ? compared < 0 : compared > 0;
        if (crossed) {
            return new Outcome(armed, false);
        }
        return new Outcome(false, true);
    }
}
