package coop.harvest.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Dates and times as both databases keep them. The dates the marketplace accepts: years 1 to 9999 (ISO parsing takes
 * {@code +10000-01-01} and {@code -0001-01-01}, which the database cannot store faithfully: one overflows its DATE,
 * the other comes back as another year). The time now: to the microsecond ({@link #now()}), the only clock the
 * components read ({@code ArchitectureTest} keeps it so).
 */
public final class Dates {

    public static final LocalDate MIN = LocalDate.of(1, 1, 1);
    public static final LocalDate MAX = LocalDate.of(9999, 12, 31);
    public static final String RANGE = "must be between 0001-01-01 and 9999-12-31";

    private Dates() {
    }

    public static boolean inRange(LocalDate date) {
        return date == null || !date.isBefore(MIN) && !date.isAfter(MAX);
    }

    /**
     * Now, to the microsecond: what PostgreSQL's TIMESTAMP keeps (Derby's keeps more). A time answered from memory
     * right after it was stored is then the time read back later; the clock gives nanoseconds, which PostgreSQL
     * rounds.
     */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
