package coop.harvest.messaging.control;

import java.util.Locale;

/**
 * A reply from a phone: {@code TD}/{@code STOP} (also 退订) ends every SMS subscription of that phone,
 * {@code JG <product>} or {@code 价格 <product>} asks today's figures, anything else gets the help text.
 */
public record MoCommand(Kind kind, String product) {

    /** What the phone asked for. */
    public enum Kind { STOP, PRICE, HELP }

    public static MoCommand parse(String text) {
        String t = text == null ? "" : text.strip().replace('\u3000', ' ');
        String upper = t.toUpperCase(Locale.ROOT);
        if (upper.equals("TD") || upper.equals("STOP") || t.equals("退订")) {
            return new MoCommand(Kind.STOP, null);
        }
        String rest = null;
        if (upper.startsWith("JG")) {
            rest = t.substring(2);
        } else if (t.startsWith("价格")) {
            rest = t.substring(2);
        }
        if (rest != null) {
            String product = rest.strip().replaceFirst("^[:：,，]\\s*", "").strip();
            if (!product.isEmpty()) {
                return new MoCommand(Kind.PRICE, product);
            }
        }
        return new MoCommand(Kind.HELP, null);
    }
}
