package coop.harvest.market.boundary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Public statistics of the home page. {@code volumeThisMonth} is the quantity (kg) traded since the first of the
 * current month in market time, {@code turnoverThisMonth} its value in CNY.
 */
public record MarketStats(long cooperatives, long verifiedCooperatives, long activeListings, long openDemands,
                          long ordersCompleted, BigDecimal volumeThisMonth, BigDecimal turnoverThisMonth,
                          String month) {

    static MarketStats of(long cooperatives, long verified, long listings, long demands, long completed,
                          BigDecimal volume, BigDecimal turnover, LocalDate today) {
        return new MarketStats(cooperatives, verified, listings, demands, completed,
                volume.setScale(3, RoundingMode.HALF_UP), turnover.setScale(2, RoundingMode.HALF_UP),
                YearMonth.from(today).toString());
    }
}
