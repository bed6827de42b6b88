package coop.harvest.market.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Buckets trades by the market day of their confirmation and computes each day's prices. The average weighs each
 * trade's price by its quantity (turnover / volume), rounded half-up to cents only at the end, so many small
 * trades do not accumulate rounding errors. Days without trades are absent, not zero.
 */
public final class DailySeries {

    private DailySeries() {
    }

    public static List<DailyPrice> of(Collection<Trade> trades, ZoneId zone) {
        Map<LocalDate, Day> days = new TreeMap<>();
        for (Trade trade : trades) {
            LocalDate date = trade.confirmedAt().atZone(zone).toLocalDate();
            days.computeIfAbsent(date, d -> new Day()).add(trade);
        }
        List<DailyPrice> series = new ArrayList<>(days.size());
        days.forEach((date, day) -> series.add(day.toPrice(date)));
        return series;
    }

    /** Running totals of one day. */
    private static final class Day {
        private BigDecimal volume = BigDecimal.ZERO;
        private BigDecimal turnover = BigDecimal.ZERO;
        private BigDecimal low;
        private BigDecimal high;

        void add(Trade trade) {
            volume = volume.add(trade.quantity());
            turnover = turnover.add(trade.quantity().multiply(trade.unitPrice()));
            low = low == null || trade.unitPrice().compareTo(low) < 0 ? trade.unitPrice() : low;
            high = high == null || trade.unitPrice().compareTo(high) > 0 ? trade.unitPrice() : high;
        }

        DailyPrice toPrice(LocalDate date) {
            BigDecimal average = turnover.divide(volume, 2, RoundingMode.HALF_UP);
            return new DailyPrice(date, average, money(low), money(high), volume.setScale(3, RoundingMode.HALF_UP));
        }

        private static BigDecimal money(BigDecimal value) {
            return value.setScale(2, RoundingMode.HALF_UP);
        }
    }
}
