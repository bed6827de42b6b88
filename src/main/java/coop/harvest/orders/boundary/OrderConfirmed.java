package coop.harvest.orders.boundary;

import java.math.BigDecimal;

/**
 * Fired synchronously, inside the transaction, when a cooperative confirms a spot order: from then on it is a trade
 * of the market. Price alerts observe it.
 */
public record OrderConfirmed(long orderId, String product, BigDecimal unitPrice, BigDecimal quantity) {
}
