package coop.harvest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A date picker's text as the form's action reads it: the page's pattern or ISO, strictly, within 0001–9999. */
class PickedDateTest {

    @Test
    void thePagesPatternOrIsoForm() {
        assertEquals(LocalDate.of(2026, 11, 24), PageSupport.parseDate("11/24/2026", "MM/dd/yyyy"));
        assertEquals(LocalDate.of(2026, 11, 24), PageSupport.parseDate("2026-11-24", "MM/dd/yyyy"));
        assertEquals(LocalDate.of(2026, 11, 24), PageSupport.parseDate("2026-11-24", "yyyy-MM-dd"));
    }

    @Test
    void noSuchDateIsNull() {
        assertNull(PageSupport.parseDate("02/30/2026", "MM/dd/yyyy"), "strict: no 30 February");
        assertNull(PageSupport.parseDate("2026-13-01", "yyyy-MM-dd"));
        assertNull(PageSupport.parseDate("tomorrow", "yyyy-MM-dd"));
        assertNull(PageSupport.parseDate("24/11/2026", "yyyy-MM-dd"));
        assertNull(PageSupport.parseDate("+10000-01-01", "yyyy-MM-dd"), "past year 9999");
    }
}
