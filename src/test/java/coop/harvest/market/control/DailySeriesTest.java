package coop.harvest.market.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailySeriesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static Trade trade(String at, String quantity, String price) {
        return new Trade("kiwi", Instant.parse(at), new BigDecimal(quantity), new BigDecimal(price));
    }

    @Test
    void volumeWeightedAverageLowHighAndVolumePerMarketDay() {
        List<DailyPrice> series = DailySeries.of(List.of(
                trade("2026-11-20T02:00:00Z", "100.000", "8.00"),
                trade("2026-11-20T05:00:00Z", "300.000", "9.00"),
                trade("2026-11-20T09:00:00Z", "50.500", "10.50"),
                trade("2026-11-22T01:00:00Z", "12.345", "7.77")), SHANGHAI);

        // (100*8 + 300*9 + 50.5*10.5) / 450.5 = 4030.25 / 450.5 = 8.9461...
        assertEquals(List.of(
                new DailyPrice(LocalDate.of(2026, 11, 20), new BigDecimal("8.95"), new BigDecimal("8.00"),
                        new BigDecimal("10.50"), new BigDecimal("450.500")),
                new DailyPrice(LocalDate.of(2026, 11, 22), new BigDecimal("7.77"), new BigDecimal("7.77"),
                        new BigDecimal("7.77"), new BigDecimal("12.345"))), series,
                "days without trades are absent, days come oldest first");
    }

    @Test
    void averageIsRoundedHalfUpOnlyAtTheEnd() {
        List<DailyPrice> series = DailySeries.of(List.of(
                trade("2026-11-20T02:00:00Z", "1", "10.00"),
                trade("2026-11-20T03:00:00Z", "1", "10.01")), SHANGHAI);
        assertEquals(new BigDecimal("10.01"), series.get(0).averagePrice(), "10.005 rounds half up");

        List<DailyPrice> thirds = DailySeries.of(List.of(
                trade("2026-11-20T02:00:00Z", "1", "10.00"),
                trade("2026-11-20T02:00:00Z", "1", "10.00"),
                trade("2026-11-20T03:00:00Z", "1", "10.01")), SHANGHAI);
        assertEquals(new BigDecimal("10.00"), thirds.get(0).averagePrice(), "30.01 / 3 = 10.0033...");
    }

    @Test
    void tradesAreBucketedByTheMarketDayNotTheUtcDay() {
        List<DailyPrice> series = DailySeries.of(List.of(
                trade("2026-11-23T15:59:59Z", "1", "5.00"),   // 23:59:59 on the 23rd in Shanghai
                trade("2026-11-23T16:00:00Z", "2", "6.00"),   // 00:00 on the 24th in Shanghai
                trade("2026-11-24T15:30:00Z", "3", "7.00")), SHANGHAI);
        assertEquals(List.of(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24)),
                series.stream().map(DailyPrice::date).toList());
        assertEquals(new BigDecimal("6.60"), series.get(1).averagePrice(), "(2*6 + 3*7) / 5");
        assertEquals(new BigDecimal("5.000"), series.get(1).volume());

        List<DailyPrice> utc = DailySeries.of(List.of(trade("2026-11-23T16:00:00Z", "2", "6.00")),
                ZoneId.of("UTC"));
        assertEquals(LocalDate.of(2026, 11, 23), utc.get(0).date(), "the zone is configurable");
    }

    @Test
    void noTradesNoDays() {
        assertEquals(List.of(), DailySeries.of(List.of(), SHANGHAI));
    }
}
