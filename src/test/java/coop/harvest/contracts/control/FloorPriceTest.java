package coop.harvest.contracts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import coop.harvest.contracts.control.FloorPrice.DayTrade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FloorPriceTest {

    private static final LocalDate SHIP = LocalDate.of(2026, 9, 15);
    private static final BigDecimal FLOOR = new BigDecimal("10.00");

    private static DayTrade trade(LocalDate day, String quantity, String price) {
        return new DayTrade(day, new BigDecimal(quantity), new BigDecimal(price));
    }

    private static String price(List<DayTrade> trades) {
        return FloorPrice.price(FLOOR, SHIP, trades).toPlainString();
    }

    @Test
    void withoutTradesTheFloor() {
        assertEquals("10.00", price(List.of()));
        assertEquals("8.50", FloorPrice.price(new BigDecimal("8.5"), SHIP, List.of()).toPlainString());
    }

    @Test
    void tradesOnlyOnTheShippingDayDoNotCount() {
        assertEquals("10.00", price(List.of(trade(SHIP, "100", "30.00"))));
    }

    @Test
    void theWindowIsDaysSMinus30ToSMinus1() {
        assertEquals(SHIP.minusDays(30), FloorPrice.windowStart(SHIP));
        assertEquals(SHIP.minusDays(1), FloorPrice.windowEnd(SHIP));
        assertEquals("12.00", price(List.of(trade(SHIP.minusDays(30), "1", "12.00"))));
        assertEquals("13.00", price(List.of(trade(SHIP.minusDays(1), "1", "13.00"))));
        assertEquals("10.00", price(List.of(trade(SHIP.minusDays(31), "1", "40.00"),
                trade(SHIP, "1", "40.00"), trade(SHIP.plusDays(1), "1", "40.00"))));
    }

    @Test
    void theAverageIsWeightedByVolumeAndRoundedHalfUpToCents() {
        // (1 × 12 + 3 × 16) / 4 = 15.00
        assertEquals("15.00", price(List.of(trade(SHIP.minusDays(2), "1", "12.00"),
                trade(SHIP.minusDays(20), "3", "16.00"))));
        // (2 × 11.11 + 1 × 11.12) / 3 = 11.11333 → 11.11; (1 × 11.11 + 1 × 11.12) / 2 = 11.115 → 11.12
        assertEquals("11.11", price(List.of(trade(SHIP.minusDays(3), "2", "11.11"),
                trade(SHIP.minusDays(3), "1", "11.12"))));
        assertEquals("11.12", price(List.of(trade(SHIP.minusDays(3), "1", "11.11"),
                trade(SHIP.minusDays(3), "1", "11.12"))));
    }

    @Test
    void theFloorProtectsWhenTheMarketIsBelowIt() {
        assertEquals("10.00", price(List.of(trade(SHIP.minusDays(5), "50", "7.00"))));
        assertEquals("10.00", price(List.of(trade(SHIP.minusDays(5), "50", "10.00"))));
    }
}
