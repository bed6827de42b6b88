package coop.harvest.contracts.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The bureau's fulfilment rate: delivered / contracted, 4 decimals, half-up; 0 when nothing was contracted. */
public final class FulfilmentRate {

    private FulfilmentRate() {
    }

    public static BigDecimal of(BigDecimal delivered, BigDecimal quantity) {
        if (quantity == null || quantity.signum() <= 0) {
            return BigDecimal.ZERO.setScale(4);
        }
        return (delivered == null ? BigDecimal.ZERO : delivered).divide(quantity, 4, RoundingMode.HALF_UP);
    }
}
