package coop.harvest.contracts.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One delivery of a contract; {@code shippedQuantity}, {@code unitPrice} and {@code orderId} once shipped. */
public record DeliveryView(int number, LocalDate due, BigDecimal quantity, String status, BigDecimal shippedQuantity,
                           BigDecimal unitPrice, Long orderId) {

    /** What the shipment fell short of the delivery's quantity, or null. */
    public BigDecimal shortfall() {
        return shippedQuantity == null ? null : quantity.subtract(shippedQuantity);
    }
}
