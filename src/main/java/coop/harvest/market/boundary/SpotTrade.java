package coop.harvest.market.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One spot trade as the price history counts it: the market day of its confirmation, its quantity and price. */
public record SpotTrade(LocalDate day, BigDecimal quantity, BigDecimal unitPrice) {
}
