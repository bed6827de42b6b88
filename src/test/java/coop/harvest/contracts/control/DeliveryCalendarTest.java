package coop.harvest.contracts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeliveryCalendarTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 10);

    @Test
    void aDeliveryIsLateSevenDaysAfterItsDueDate() {
        assertFalse(DeliveryCalendar.isLate(TODAY.minusDays(6), TODAY));
        assertTrue(DeliveryCalendar.isLate(TODAY.minusDays(7), TODAY));
        assertTrue(DeliveryCalendar.isLate(TODAY.minusDays(30), TODAY));
    }

    @Test
    void theReminderComesFromThreeDaysBeforeDue() {
        assertFalse(DeliveryCalendar.needsReminder(TODAY.plusDays(4), TODAY));
        assertTrue(DeliveryCalendar.needsReminder(TODAY.plusDays(3), TODAY));
        assertTrue(DeliveryCalendar.needsReminder(TODAY, TODAY));
        assertFalse(DeliveryCalendar.needsReminder(TODAY.minusDays(1), TODAY));
    }

    @Test
    void fulfilmentRateHasFourDecimals() {
        assertEquals("0.3333", FulfilmentRate.of(BigDecimal.ONE, new BigDecimal("3")).toPlainString());
        assertEquals("1.0000", FulfilmentRate.of(new BigDecimal("5.000"), new BigDecimal("5.000")).toPlainString());
        assertEquals("0.0000", FulfilmentRate.of(null, new BigDecimal("5")).toPlainString());
    }
}
