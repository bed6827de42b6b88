package coop.harvest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final Formats chinese = new Formats(Locale.SIMPLIFIED_CHINESE, SHANGHAI);
    private final Formats english = new Formats(Locale.ENGLISH, SHANGHAI);

    @Test
    void moneyIsYuanWithTwoDecimalsInBothLanguages() {
        assertEquals("¥1,234.50", chinese.money(new BigDecimal("1234.5")));
        assertEquals("¥1,234.50", english.money(new BigDecimal("1234.50")));
        assertEquals("¥0.00", english.money(BigDecimal.ZERO));
        assertEquals("¥1,000,000.01", chinese.money(new BigDecimal("1000000.005")), "half up to the fen");
        assertEquals("-¥3.00", english.money(new BigDecimal("-3")));
        assertEquals("", english.money(null));
    }

    @Test
    void quantitiesKeepUpToThreeDecimalsWithoutTrailingZeros() {
        assertEquals("1,200.5", chinese.quantity(new BigDecimal("1200.500")));
        assertEquals("0.125", english.quantity(new BigDecimal("0.125")));
        assertEquals("7", english.quantity(new BigDecimal("7.000")));
        assertEquals("1,200.5 kg", english.measure(new BigDecimal("1200.5"), "kg"));
        assertEquals("3", english.measure(new BigDecimal("3"), null));
        assertEquals("¥12.50/kg", chinese.price(new BigDecimal("12.5"), "kg"));
    }

    @Test
    void datesReadNaturallyInEachLanguage() {
        LocalDate harvest = LocalDate.of(2026, 3, 5);
        assertEquals("2026年3月5日", chinese.date(harvest));
        assertEquals("Mar 5, 2026", english.date(harvest));
        assertEquals("", english.date(null));
    }

    @Test
    void momentsAreShownOnTheMarketClockNotTheServers() {
        Instant lateUtc = Instant.parse("2026-03-05T17:30:00Z"); // already 6 March in Huaihua
        String zh = chinese.instant(lateUtc);
        assertTrue(zh.startsWith("2026年3月6日") && zh.contains("01:30"), zh);
        String en = english.instant(lateUtc);
        assertTrue(en.startsWith("Mar 6, 2026") && en.contains("1:30"), en);
        assertEquals("2026年3月6日", chinese.day(lateUtc));
        assertEquals("Mar 5, 2026", new Formats(Locale.ENGLISH, ZoneId.of("UTC")).day(lateUtc));
    }
}
