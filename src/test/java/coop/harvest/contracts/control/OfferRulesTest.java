package coop.harvest.contracts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.contracts.control.OfferRules.Slot;
import coop.harvest.platform.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfferRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private static List<String> fields(LocalDate commitBy, List<Slot> schedule) {
        return OfferRules.check(commitBy, TODAY, schedule).stream().map(FieldError::field).toList();
    }

    @Test
    void aGoodSchedule() {
        assertEquals(List.of(), fields(TODAY, List.of(new Slot(TODAY.plusDays(1), 100))));
        assertEquals(List.of(), fields(TODAY.plusDays(10), List.of(new Slot(TODAY.plusDays(20), 30),
                new Slot(TODAY.plusDays(50), 70))));
    }

    @Test
    void commitByIsTodayOrLater() {
        assertEquals(List.of("commitBy"), fields(TODAY.minusDays(1), List.of(new Slot(TODAY.plusDays(1), 100))));
    }

    @Test
    void datesStrictlyIncreaseAfterCommitBy() {
        assertEquals(List.of("schedule[0].date"), fields(TODAY.plusDays(5), List.of(new Slot(TODAY.plusDays(5), 100))));
        assertEquals(List.of("schedule[1].date"), fields(TODAY, List.of(new Slot(TODAY.plusDays(5), 50),
                new Slot(TODAY.plusDays(5), 50))));
        assertEquals(List.of("schedule[1].date"), fields(TODAY, List.of(new Slot(TODAY.plusDays(5), 50),
                new Slot(TODAY.plusDays(4), 50))));
    }

    @Test
    void percentsAreWholeNumbersAddingUpTo100() {
        assertEquals(List.of("schedule"), fields(TODAY, List.of(new Slot(TODAY.plusDays(5), 50),
                new Slot(TODAY.plusDays(6), 49))));
        assertEquals(List.of("schedule[0].percent"), fields(TODAY, List.of(new Slot(TODAY.plusDays(5), 0),
                new Slot(TODAY.plusDays(6), 100))));
        assertEquals(List.of("schedule[0].percent"), fields(TODAY, List.of(new Slot(TODAY.plusDays(5), 101))));
        assertEquals(List.of("schedule[0].percent"), fields(TODAY, List.of(new Slot(TODAY.plusDays(5), null))));
    }

    @Test
    void oneToTwelveDeliveries() {
        assertEquals(List.of("schedule"), fields(TODAY, List.of()));
        List<Slot> thirteen = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            thirteen.add(new Slot(TODAY.plusDays(i + 1), i == 0 ? 88 : 1));
        }
        assertEquals(List.of("schedule"), fields(TODAY, thirteen));
        List<Slot> twelve = new ArrayList<>(thirteen.subList(0, 12));
        twelve.set(0, new Slot(TODAY.plusDays(1), 89));
        assertTrue(fields(TODAY, twelve).isEmpty());
    }
}
