package coop.harvest.letters.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The median of whole numbers (the middle one, or the mean of the two middle ones), or null for none. */
public final class Median {

    private Median() {
    }

    public static BigDecimal of(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        BigDecimal median = sorted.size() % 2 == 1 ? BigDecimal.valueOf(sorted.get(middle))
                : BigDecimal.valueOf(sorted.get(middle - 1) + (long) sorted.get(middle)).divide(BigDecimal.valueOf(2), 1,
                RoundingMode.HALF_UP);
        BigDecimal plain = median.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    /** part / whole with 4 decimals; 0 when there is no whole. */
    public static BigDecimal rate(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(4) : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4,
                RoundingMode.HALF_UP);
    }
}
