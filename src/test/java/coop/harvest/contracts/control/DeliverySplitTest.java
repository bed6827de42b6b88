package coop.harvest.contracts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliverySplitTest {

    private static List<String> split(String quantity, Integer... percents) {
        return DeliverySplit.split(new BigDecimal(quantity), List.of(percents)).stream()
                .map(BigDecimal::toPlainString).toList();
    }

    @Test
    void eachDeliveryGetsItsPercentRoundedHalfUpToGrams() {
        assertEquals(List.of("250.000", "750.000"), split("1000", 25, 75));
        // 10 × 33 / 100 = 3.3; 0.013 × 50 / 100 = 0.0065 → 0.007 (half-up), the last takes the 0.006 left
        assertEquals(List.of("3.300", "3.300", "3.400"), split("10", 33, 33, 34));
        assertEquals(List.of("0.007", "0.006"), split("0.013", 50, 50));
    }

    @Test
    void theLastDeliveryTakesWhatTheOthersLeave() {
        List<String> parts = split("100.001", 33, 33, 34);
        assertEquals(List.of("33.000", "33.000", "34.001"), parts);
        assertEquals(new BigDecimal("100.001"), parts.stream().map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        // 1 × 1/3 each would be 0.333, 0.333, 0.334 — with 3 equal-ish percents the remainder lands last
        assertEquals(List.of("0.330", "0.330", "0.340"), split("1", 33, 33, 34));
        assertEquals(List.of("0.010", "0.010", "0.980"), split("1", 1, 1, 98));
    }

    @Test
    void halfUpRoundsAHalfGramUp() {
        // 0.005 × 50% = 0.0025 → 0.003 (half-up), the last takes 0.002
        assertEquals(List.of("0.003", "0.002"), split("0.005", 50, 50));
    }

    @Test
    void aSingleDeliveryTakesEverything() {
        assertEquals(List.of("12.345"), split("12.345", 100));
    }

    @Test
    void twelveDeliveriesAddUpExactly() {
        Integer[] percents = {8, 8, 8, 8, 8, 8, 8, 8, 9, 9, 9, 9};
        List<String> parts = split("1234.567", percents);
        assertEquals(12, parts.size());
        assertEquals(new BigDecimal("1234.567"), parts.stream().map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals("98.765", parts.get(0)); // 1234.567 × 0.08 = 98.76536
    }
}
