package coop.harvest.contracts.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;

/**
 * The price of a floor-priced delivery shipped on day S: the larger of the floor and the volume-weighted average
 * price of the product's spot trades confirmed on market days S−30 to S−1 (turnover / volume, rounded half-up to
 * cents at the end, as the daily price history averages); without such trades, the floor. Trades of day S itself or
 * before S−30 do not count.
 */
public final class FloorPrice {

    public static final int WINDOW_DAYS = 30;

    /** A spot trade: its market day of confirmation, quantity and unit price. */
    public record DayTrade(LocalDate day, BigDecimal quantity, BigDecimal unitPrice) {
    }

    private FloorPrice() {
    }

    /** The first market day counted for a delivery shipped on {@code shipDay}. */
    public static LocalDate windowStart(LocalDate shipDay) {
        return shipDay.minusDays(WINDOW_DAYS);
    }

    /** The last market day counted for a delivery shipped on {@code shipDay}. */
    public static LocalDate windowEnd(LocalDate shipDay) {
        return shipDay.minusDays(1);
    }

    public static BigDecimal price(BigDecimal floor, LocalDate shipDay, Collection<DayTrade> trades) {
        LocalDate from = windowStart(shipDay);
        LocalDate to = windowEnd(shipDay);
        BigDecimal volume = BigDecimal.ZERO;
        BigDecimal turnover = BigDecimal.ZERO;
        for (DayTrade trade : trades) {
            if (!trade.day().isBefore(from) && !trade.day().isAfter(to)) {
                volume = volume.add(trade.quantity());
                turnover = turnover.add(trade.quantity().multiply(trade.unitPrice()));
            }
        }
        BigDecimal money = floor.setScale(2, RoundingMode.HALF_UP);
        if (volume.signum() <= 0) {
            return money;
        }
        return turnover.divide(volume, 2, RoundingMode.HALF_UP).max(money);
    }
}
