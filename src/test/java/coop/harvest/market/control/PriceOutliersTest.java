package coop.harvest.market.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceOutliersTest {

    private static List<BigDecimal> prices(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void aPaintedPriceIsAnOutlierAndOrdinaryMovesAreNot() {
        List<BigDecimal> recent = prices("11.50", "11.80", "12.00", "11.20", "12.40");
        assertTrue(PriceOutliers.isOutlier(new BigDecimal("99999"), recent));
        assertTrue(PriceOutliers.isOutlier(new BigDecimal("0.50"), recent));
        assertFalse(PriceOutliers.isOutlier(new BigDecimal("13.50"), recent));
        assertFalse(PriceOutliers.isOutlier(new BigDecimal("10.00"), recent));
    }

    @Test
    void identicalPricesStillAllowAModestMoveAndFewReferencesHoldNothing() {
        List<BigDecimal> same = prices("10", "10", "10", "10");
        assertFalse(PriceOutliers.isOutlier(new BigDecimal("12.5"), same));
        assertTrue(PriceOutliers.isOutlier(new BigDecimal("14"), same));
        assertFalse(PriceOutliers.isOutlier(new BigDecimal("99999"), prices("10", "11")));
    }

    @Test
    void medianOfEvenAndOddCounts() {
        assertEquals(0, new BigDecimal("11").compareTo(PriceOutliers.median(prices("10", "12"))));
        assertEquals(0, new BigDecimal("11").compareTo(PriceOutliers.median(prices("99", "10", "11"))));
    }
}
