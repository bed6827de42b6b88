package coop.harvest.orders.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a cooperative must confirm an order. A confirmation window shorter than a day (an operator's remedy against
 * buyers who hold stock with orders they never mean to take) must not punish the cooperative for sleeping: the hours
 * of the market's night do not count, so a 4-hour window opened at 20:00 ends at 10:00 the next morning, not at
 * midnight. Windows of a day or more always hold a full day time and run on the wall clock as before.
 */
public final class ConfirmationDeadline {

    private static final Duration DAY = Duration.ofDays(1);

    private final Duration window;
    private final ZoneId zone;
    private final LocalTime nightStarts;
    private final LocalTime nightEnds;

    /**
     * @param nightStarts when the market's night starts (e.g. 21:00), or null for no night (every hour counts)
     * @param nightEnds   when it ends (e.g. 07:00), the next day when it is not after {@code nightStarts}
     */
    public ConfirmationDeadline(Duration window, ZoneId zone, LocalTime nightStarts, LocalTime nightEnds) {
        this.window = window;
        this.zone = zone;
        boolean night = nightStarts != null && nightEnds != null && !nightStarts.equals(nightEnds);
        this.nightStarts = night ? nightStarts : null;
        this.nightEnds = night ? nightEnds : null;
    }

    /** Parses a night such as {@code 21:00-07:00}; blank or {@code none} means none. IllegalArgumentException when malformed. */
    public static LocalTime[] night(String configured) {
        if (configured == null || configured.isBlank() || configured.strip().equalsIgnoreCase("none")) {
            return new LocalTime[] {null, null};
        }
        String[] parts = configured.strip().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("A night is written like 21:00-07:00: " + configured);
        }
        try {
            return new LocalTime[] {LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip())};
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("A night is written like 21:00-07:00: " + configured, e);
        }
    }

    public Instant deadline(Instant orderedAt) {
        if (nightStarts == null || window.compareTo(DAY) >= 0) {
            return orderedAt.plus(window);
        }
        ZonedDateTime t = orderedAt.atZone(zone);
        Duration left = window;
        for (int day = 0; day < 30; day++) {
            if (atNight(t.toLocalTime())) {
                t = nightEnd(t);
            }
            ZonedDateTime nightFalls = nextNightStart(t);
            Duration untilNight = Duration.between(t, nightFalls);
            if (left.compareTo(untilNight) <= 0) {
                return t.plus(left).toInstant();
            }
            left = left.minus(untilNight);
            t = nightFalls;
        }
        return t.plus(left).toInstant();
    }

    private boolean atNight(LocalTime time) {
        return nightStarts.isBefore(nightEnds)
                ? !time.isBefore(nightStarts) && time.isBefore(nightEnds)
                : !time.isBefore(nightStarts) || time.isBefore(nightEnds);
    }

    /** The end of the night that {@code t} is in. */
    private ZonedDateTime nightEnd(ZonedDateTime t) {
        ZonedDateTime end = t.with(nightEnds);
        return end.isAfter(t) ? end : end.plusDays(1);
    }

    /** The next start of a night after {@code t} (which is in the day). */
    private ZonedDateTime nextNightStart(ZonedDateTime t) {
        ZonedDateTime start = t.with(nightStarts);
        return start.isAfter(t) ? start : start.plusDays(1);
    }
}
