package coop.harvest.market.control;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Logger;

/**
 * Business days in the market's time zone (HARVEST_TIMEZONE). A window of N days is today and the N-1 days before,
 * from midnight market time, so the 30-day volume of the summary equals the sum of the 30-day price history.
 */
public final class MarketCalendar {

    public static final String DEFAULT_ZONE = "Asia/Shanghai";
    private static final Logger LOG = Logger.getLogger(MarketCalendar.class.getName());

    private final ZoneId zone;
    private final Clock clock;

    public MarketCalendar(ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    /** The calendar for a configured zone name; an unusable name falls back to the default rather than failing. */
    public static MarketCalendar forZone(String configured) {
        ZoneId zone;
        try {
            zone = ZoneId.of(configured == null || configured.isBlank() ? DEFAULT_ZONE : configured.strip());
        } catch (DateTimeException e) {
            LOG.warning(() -> "HARVEST_TIMEZONE " + configured + " is no time zone; using " + DEFAULT_ZONE);
            zone = ZoneId.of(DEFAULT_ZONE);
        }
        return new MarketCalendar(zone, Clock.system(zone));
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    /** The first instant of a window of {@code days} market days ending today. */
    public Instant windowStart(int days) {
        return startOf(today().minusDays(days - 1L));
    }

    /** The first instant after today (exclusive upper bound of every window). */
    public Instant endOfToday() {
        return startOf(today().plusDays(1));
    }

    public Instant startOfMonth() {
        return startOf(today().withDayOfMonth(1));
    }
}
