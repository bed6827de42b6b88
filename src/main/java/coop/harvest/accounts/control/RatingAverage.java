package coop.harvest.accounts.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The average of ratings from their sum and count, to one decimal, half up (4.45 → 4.5); null for no ratings. */
public final class RatingAverage {

    private RatingAverage() {
    }

    public static BigDecimal of(long sum, long count) {
        if (count <= 0) {
            return null;
        }
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }
}
