package coop.harvest.letters.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Working days are Monday to Friday in the market's time zone (public holidays are not modelled). A letter that
 * arrives on a Saturday evening in Huaihua arrived on Saturday, whatever the server's clock says.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The market day on which something happening at {@code at} happened. */
    public static LocalDate dayOf(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate();
    }

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The {@code days}-th working day after {@code day} (the day itself does not count). */
    public static LocalDate after(LocalDate day, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate current = day;
        int left = days;
        while (left > 0) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                left--;
            }
        }
        return current;
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after it. */
    public static int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The due date of a letter that arrived at {@code at}: {@code days} working days after its arrival day. */
    public static LocalDate dueBy(Instant at, ZoneId zone, int days) {
        return after(dayOf(at, zone), days);
    }
}
