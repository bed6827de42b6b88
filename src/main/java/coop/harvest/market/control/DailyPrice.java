package coop.harvest.market.control;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One market day of one product: volume-weighted average, lowest and highest price, quantity traded. */
public record DailyPrice(LocalDate date, BigDecimal averagePrice, BigDecimal low, BigDecimal high,
                         BigDecimal volume) {
}
