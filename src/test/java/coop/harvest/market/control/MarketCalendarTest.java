package coop.harvest.market.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MarketCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** 2026-11-24T17:00Z is already 01:00 on the 25th in Shanghai. */
    private final MarketCalendar calendar = new MarketCalendar(SHANGHAI,
            Clock.fixed(Instant.parse("2026-11-24T17:00:00Z"), ZoneId.of("UTC")));

    @Test
    void todayIsTheMarketDay() {
        assertEquals(LocalDate.of(2026, 11, 25), calendar.today());
    }

    @Test
    void aWindowOfNDaysStartsAtMidnightMarketTimeNMinusOneDaysAgo() {
        assertEquals(Instant.parse("2026-11-24T16:00:00Z"), calendar.windowStart(1));
        assertEquals(Instant.parse("2026-10-26T16:00:00Z"), calendar.windowStart(30));
        assertEquals(Instant.parse("2026-11-25T16:00:00Z"), calendar.endOfToday());
    }

    @Test
    void theMonthStartsOnTheFirstInMarketTime() {
        assertEquals(Instant.parse("2026-10-31T16:00:00Z"), calendar.startOfMonth());
    }

    @Test
    void anUnknownZoneFallsBackToShanghai() {
        assertEquals(SHANGHAI, MarketCalendar.forZone("Mars/Olympus").zone());
        assertEquals(SHANGHAI, MarketCalendar.forZone(null).zone());
        assertEquals(ZoneId.of("Europe/Berlin"), MarketCalendar.forZone("Europe/Berlin").zone());
    }
}
