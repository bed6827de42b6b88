package coop.harvest.contracts.control;

import java.time.LocalDate;

/** Dates of the delivery timers: late 7 days after due, a reminder from 3 days before due. */
public final class DeliveryCalendar {

    public static final int LATE_AFTER_DAYS = 7;
    public static final int REMIND_DAYS_BEFORE = 3;

    private DeliveryCalendar() {
    }

    /** A delivery still SCHEDULED becomes LATE when its due date is on or before this day. */
    public static LocalDate lateIfDueOnOrBefore(LocalDate today) {
        return today.minusDays(LATE_AFTER_DAYS);
    }

    /** A delivery due on or before this day (and not before today) gets its reminder. */
    public static LocalDate remindIfDueOnOrBefore(LocalDate today) {
        return today.plusDays(REMIND_DAYS_BEFORE);
    }

    public static boolean isLate(LocalDate due, LocalDate today) {
        return !due.isAfter(lateIfDueOnOrBefore(today));
    }

    public static boolean needsReminder(LocalDate due, LocalDate today) {
        return !due.isBefore(today) && !due.isAfter(remindIfDueOnOrBefore(today));
    }

    /** Whether a delivery falls in the calendar's first section: due from today to 30 days on (or overdue). */
    public static boolean dueSoon(LocalDate due, LocalDate today) {
        return !due.isAfter(today.plusDays(30));
    }
}
