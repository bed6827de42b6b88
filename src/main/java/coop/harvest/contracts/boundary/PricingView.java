package coop.harvest.contracts.boundary;

import java.math.BigDecimal;

/** FIXED with {@code unitPrice}, or FLOOR with {@code floorPrice} (the other one absent). */
public record PricingView(String type, BigDecimal unitPrice, BigDecimal floorPrice) {
}
