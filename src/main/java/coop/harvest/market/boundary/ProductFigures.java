package coop.harvest.market.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One product's figures of one market day, for texts and alerts: volume-weighted average, low, high and quantity
 * traded that day (null when nothing traded), and the best ask and bid now (null when nobody offers or asks).
 */
public record ProductFigures(String product, String nameZh, String nameEn, String unit, LocalDate day,
                             BigDecimal average, BigDecimal low, BigDecimal high, BigDecimal volume,
                             BigDecimal bestAsk, BigDecimal bestBid) {

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameZh;
    }
}
