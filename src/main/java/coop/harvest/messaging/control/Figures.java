package coop.harvest.messaging.control;

import java.math.BigDecimal;

/**
 * One product's figures for a text: the day's volume-weighted average, low, high and volume (null when nothing
 * traded) and the best ask and bid now (null when nobody offers or asks).
 */
public record Figures(String name, String unit, BigDecimal average, BigDecimal low, BigDecimal high,
                      BigDecimal volume, BigDecimal bestAsk, BigDecimal bestBid) {

    public boolean traded() {
        return volume != null && volume.signum() > 0;
    }
}
