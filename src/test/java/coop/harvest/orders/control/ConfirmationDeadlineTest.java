package coop.harvest.orders.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ConfirmationDeadlineTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static Instant at(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 12, day, hour, minute, 0, 0, SHANGHAI).toInstant();
    }

    private static ConfirmationDeadline window(Duration window) {
        LocalTime[] night = ConfirmationDeadline.night("21:00-07:00");
        return new ConfirmationDeadline(window, SHANGHAI, night[0], night[1]);
    }

    @Test
    void aShortWindowOpenedInTheDayEndsTheSameDay() {
        assertEquals(at(4, 14, 0), window(Duration.ofHours(4)).deadline(at(4, 10, 0)));
        assertEquals(at(4, 21, 0), window(Duration.ofHours(4)).deadline(at(4, 17, 0)), "up to nightfall");
    }

    @Test
    void theNightDoesNotCount() {
        assertEquals(at(5, 10, 0), window(Duration.ofHours(4)).deadline(at(4, 20, 0)));
        assertEquals(at(5, 11, 0), window(Duration.ofHours(4)).deadline(at(4, 23, 30)), "ordered at night");
        assertEquals(at(5, 11, 0), window(Duration.ofHours(4)).deadline(at(5, 3, 0)), "after midnight");
        assertEquals(at(6, 8, 0), window(Duration.ofHours(15)).deadline(at(4, 21, 0)),
                "14 daytime hours on the 5th, one more on the 6th");
    }

    @Test
    void windowsOfADayOrMoreAndNoNightRunOnTheWallClock() {
        assertEquals(at(6, 20, 0), window(Duration.ofHours(48)).deadline(at(4, 20, 0)));
        assertEquals(at(4, 20, 0).plusSeconds(3), new ConfirmationDeadline(Duration.ofSeconds(3), SHANGHAI, null, null)
                .deadline(at(4, 20, 0)));
        LocalTime[] none = ConfirmationDeadline.night("none");
        assertEquals(at(4, 23, 0), new ConfirmationDeadline(Duration.ofHours(3), SHANGHAI, none[0], none[1])
                .deadline(at(4, 20, 0)));
    }

    @Test
    void aDaytimeNightWorksToo() {
        LocalTime[] night = ConfirmationDeadline.night("01:00-05:00");
        assertEquals(at(4, 6, 0), new ConfirmationDeadline(Duration.ofHours(2), SHANGHAI, night[0], night[1])
                .deadline(at(4, 0, 0)));
        assertThrows(IllegalArgumentException.class, () -> ConfirmationDeadline.night("21:00"));
    }
}
