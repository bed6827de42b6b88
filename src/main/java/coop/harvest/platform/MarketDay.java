package coop.harvest.platform;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The market clock. "Today" for business rules (not-in-the-past dates, expiry, price days) and the moments pages
 * and notifications show are in the market's time zone, HARVEST_TIMEZONE, not the server's: a server running in UTC
 * would otherwise expire Chinese listings eight hours late. This is the one place that reads the setting, once;
 * {@link MarketClockCheck} reads it at start-up, so a value that is no time zone stops the start with a clear message.
 */
public final class MarketDay {

    public static final String DEFAULT_ZONE = "Asia/Shanghai";

    private static volatile ZoneId zone;
    private static volatile Duration shift = Duration.ZERO;

    private MarketDay() {
    }

    /** The market's time zone; IllegalStateException when HARVEST_TIMEZONE names no time zone. */
    public static ZoneId zone() {
        ZoneId known = zone;
        if (known == null) {
            known = parse(Settings.get("HARVEST_TIMEZONE", DEFAULT_ZONE));
            zone = known;
        }
        return known;
    }

    static ZoneId parse(String configured) {
        String name = configured == null || configured.isBlank() ? DEFAULT_ZONE : configured.strip();
        try {
            return ZoneId.of(name);
        } catch (DateTimeException bad) {
            throw new IllegalStateException("HARVEST_TIMEZONE \"" + configured + "\" is not a time zone; use a "
                    + "region name such as Asia/Shanghai (the default) or UTC", bad);
        }
    }

    public static LocalDate today() {
        return LocalDate.now(clock());
    }

    /** The market's wall clock now (what daily jobs such as the SMS digest compare with their time of day). */
    public static ZonedDateTime now() {
        return ZonedDateTime.now(clock());
    }

    /** The market clock: the system clock in the market's zone, moved only by tests (see {@link TestClock}). */
    public static Clock clock() {
        Duration moved = shift;
        Clock system = Clock.system(zone());
        return moved.isZero() ? system : Clock.offset(system, moved);
    }

    static void shift(Duration by) {
        shift = by;
    }
}
