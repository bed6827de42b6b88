package coop.harvest.platform;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * "Today" for business rules (not-in-the-past dates, expiry) is the market's date in HARVEST_TIMEZONE, not the
 * server's: a server running in UTC would otherwise expire Chinese listings eight hours late.
 */
public final class MarketDay {

    public static final String DEFAULT_ZONE = "Asia/Shanghai";

    private MarketDay() {
    }

    public static ZoneId zone() {
        try {
            return ZoneId.of(Settings.get("HARVEST_TIMEZONE", DEFAULT_ZONE));
        } catch (DateTimeException badSetting) {
            return ZoneId.of(DEFAULT_ZONE);
        }
    }

    public static LocalDate today() {
        return LocalDate.now(zone());
    }
}
