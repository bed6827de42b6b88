package coop.harvest.market.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One trade: an order that a cooperative confirmed, at the listing's price. Disputed orders count as trades: the
 * price was agreed and the goods changed hands; a dispute is about delivery or quality, not about the price.
 */
public record Trade(String product, Instant confirmedAt, BigDecimal quantity, BigDecimal unitPrice) {

    /** Order statuses that mean a trade took place (confirmed or later, not undone by a cancellation). */
    public static final List<String> STATUSES = List.of("CONFIRMED", "SHIPPED", "COMPLETED", "DISPUTED");

    /** The statuses as an SQL list literal, for queries (constants only, never user input). */
    public static String sqlStatusList() {
        return String.join(", ", STATUSES.stream().map(s -> "'" + s + "'").toList());
    }
}
