package coop.harvest.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RatingAverageTest {

    @Test
    void noRatingsHaveNoAverage() {
        assertNull(RatingAverage.of(0, 0));
    }

    @Test
    void averagesToOneDecimalHalfUp() {
        assertEquals("4.0", RatingAverage.of(4, 1).toPlainString());
        assertEquals("4.5", RatingAverage.of(9, 2).toPlainString());
        assertEquals("4.3", RatingAverage.of(13, 3).toPlainString()); // 4.333…
        assertEquals("4.7", RatingAverage.of(14, 3).toPlainString()); // 4.666…
        assertEquals("3.5", RatingAverage.of(69, 20).toPlainString()); // 3.45 rounds up
        assertEquals("5.0", RatingAverage.of(500, 100).toPlainString());
    }
}
