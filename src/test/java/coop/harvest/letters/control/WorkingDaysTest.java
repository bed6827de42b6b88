package coop.harvest.letters.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void fiveWorkingDaysAfterAMondayIsTheNextMonday() {
        assertEquals(LocalDate.of(2026, 12, 7), WorkingDays.after(LocalDate.of(2026, 11, 30), 5));
    }

    @Test
    void aLetterOnAFridayIsDueTheFollowingFriday() {
        assertEquals(LocalDate.of(2026, 12, 11), WorkingDays.after(LocalDate.of(2026, 12, 4), 5));
    }

    @Test
    void weekendArrivalsCountFromMonday() {
        LocalDate saturday = LocalDate.of(2026, 12, 5);
        LocalDate sunday = LocalDate.of(2026, 12, 6);
        assertEquals(LocalDate.of(2026, 12, 11), WorkingDays.after(saturday, 5));
        assertEquals(LocalDate.of(2026, 12, 11), WorkingDays.after(sunday, 5));
        assertEquals(LocalDate.of(2026, 12, 7), WorkingDays.after(sunday, 1));
    }

    @Test
    void theMarketsMidnightDecidesTheArrivalDay() {
        // 2026-12-04 16:30 UTC is Saturday 00:30 in Huaihua: the letter arrived on Saturday
        Instant afterMidnightThere = Instant.parse("2026-12-04T16:30:00Z");
        assertEquals(LocalDate.of(2026, 12, 5), WorkingDays.dayOf(afterMidnightThere, SHANGHAI));
        assertEquals(LocalDate.of(2026, 12, 11), WorkingDays.dueBy(afterMidnightThere, SHANGHAI, 5));
        // 15:59 UTC is still Friday 23:59 there: due the next Friday as well, but counted from Friday
        Instant beforeMidnightThere = Instant.parse("2026-12-04T15:59:00Z");
        assertEquals(LocalDate.of(2026, 12, 4), WorkingDays.dayOf(beforeMidnightThere, SHANGHAI));
        assertEquals(LocalDate.of(2026, 12, 11), WorkingDays.dueBy(beforeMidnightThere, SHANGHAI, 5));
        // Thursday 23:59 versus Friday 00:00 there: one working day apart in the due date
        assertEquals(LocalDate.of(2026, 12, 10), WorkingDays.dueBy(Instant.parse("2026-12-03T15:59:00Z"), SHANGHAI, 5));
        assertEquals(LocalDate.of(2026, 12, 11), WorkingDays.dueBy(Instant.parse("2026-12-03T16:00:00Z"), SHANGHAI, 5));
    }

    @Test
    void dueDatesRunOverTheYearEnd() {
        // Wednesday 30 December 2026 + 5 working days = Wednesday 6 January 2027
        assertEquals(LocalDate.of(2027, 1, 6), WorkingDays.after(LocalDate.of(2026, 12, 30), 5));
        // the last evening of the year in UTC is already New Year's Day (a Friday) in Huaihua
        Instant newYearThere = Instant.parse("2026-12-31T17:00:00Z");
        assertEquals(LocalDate.of(2027, 1, 1), WorkingDays.dayOf(newYearThere, SHANGHAI));
        assertEquals(LocalDate.of(2027, 1, 8), WorkingDays.dueBy(newYearThere, SHANGHAI, 5));
        assertEquals(3, WorkingDays.between(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 4)));
    }

    @Test
    void workingDaysBetweenSkipWeekends() {
        LocalDate friday = LocalDate.of(2026, 12, 4);
        assertEquals(0, WorkingDays.between(friday, friday));
        assertEquals(0, WorkingDays.between(friday, LocalDate.of(2026, 12, 6)));
        assertEquals(1, WorkingDays.between(friday, LocalDate.of(2026, 12, 7)));
        assertEquals(5, WorkingDays.between(friday, LocalDate.of(2026, 12, 11)));
        assertEquals(0, WorkingDays.between(friday, LocalDate.of(2026, 12, 1)));
    }

    @Test
    void zeroDaysIsTheSameDayAndNegativeIsRefused() {
        LocalDate day = LocalDate.of(2026, 12, 5);
        assertEquals(day, WorkingDays.after(day, 0));
        assertThrows(IllegalArgumentException.class, () -> WorkingDays.after(day, -1));
    }
}
