package coop.harvest.demands.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.demands.boundary.DemandStatus;
import coop.harvest.platform.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemandRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static List<String> fields(String quantity, String price, LocalDate neededBy) {
        return DemandRules.check(new BigDecimal(quantity), new BigDecimal(price), neededBy, TODAY).stream()
                .map(FieldError::field).toList();
    }

    @Test
    void validDemandPasses() {
        assertEquals(List.of(), fields("2000", "7.20", TODAY));
    }

    @Test
    void eachRuleNamesItsField() {
        assertEquals(List.of("quantity"), fields("0", "7.20", TODAY));
        assertEquals(List.of("quantity"), fields("1000001", "7.20", TODAY));
        assertEquals(List.of("quantity"), fields("1.0005", "7.20", TODAY));
        assertEquals(List.of("maxUnitPrice"), fields("10", "0", TODAY));
        assertEquals(List.of("maxUnitPrice"), fields("10", "7.201", TODAY));
        assertEquals(List.of("neededBy"), fields("10", "7.20", TODAY.minusDays(1)));
    }

    @Test
    void openDemandsExpireAfterTheirDay() {
        assertEquals(DemandStatus.EXPIRED, DemandLifecycle.effective(DemandStatus.OPEN, TODAY.minusDays(1), TODAY));
        assertEquals(DemandStatus.EXPIRED,
                DemandLifecycle.effective(DemandStatus.PARTIALLY_FILLED, TODAY.minusDays(1), TODAY));
        assertEquals(DemandStatus.FILLED, DemandLifecycle.effective(DemandStatus.FILLED, TODAY.minusDays(1), TODAY));
        assertEquals(DemandStatus.OPEN, DemandLifecycle.effective(DemandStatus.OPEN, TODAY, TODAY));
        assertTrue(DemandLifecycle.canCancel(DemandStatus.PARTIALLY_FILLED));
        assertFalse(DemandLifecycle.canCancel(DemandStatus.EXPIRED));
    }
}
