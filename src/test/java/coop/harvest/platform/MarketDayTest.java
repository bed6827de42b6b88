package coop.harvest.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MarketDayTest {

    @Test
    void aMissingSettingMeansShanghai() {
        assertEquals(ZoneId.of("Asia/Shanghai"), MarketDay.parse(null));
        assertEquals(ZoneId.of("Asia/Shanghai"), MarketDay.parse(" "));
        assertEquals(ZoneId.of("UTC"), MarketDay.parse(" UTC "));
    }

    @Test
    void aBadSettingStopsWithItsName() {
        IllegalStateException bad = assertThrows(IllegalStateException.class, () -> MarketDay.parse("Mars/Olympus"));
        assertTrue(bad.getMessage().contains("HARVEST_TIMEZONE \"Mars/Olympus\" is not a time zone"), bad.getMessage());
    }
}
