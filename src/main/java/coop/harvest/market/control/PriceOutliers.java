package coop.harvest.market.control;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a trade's price is far outside the product's recent prices: more than 3 × the median absolute deviation
 * (MAD) from the median, where the MAD counts as at least 10 % of the median (so that a market where every trade had
 * the same price does not hold back an ordinary small move). With fewer than {@link #MIN_REFERENCES} reference prices
 * there is no basis and nothing is held. The median and MAD are robust: one painted price cannot move them much,
 * unlike the average it would otherwise distort.
 */
public final class PriceOutliers {

    public static final int MIN_REFERENCES = 3;
    private static final BigDecimal THREE = BigDecimal.valueOf(3);
    private static final BigDecimal MIN_MAD_SHARE = new BigDecimal("0.10");

    private PriceOutliers() {
    }

    public static boolean isOutlier(BigDecimal price, List<BigDecimal> references) {
        if (price == null || references.size() < MIN_REFERENCES) {
            return false;
        }
        BigDecimal median = median(references);
        List<BigDecimal> deviations = new ArrayList<>();
        for (BigDecimal reference : references) {
            deviations.add(reference.subtract(median).abs());
        }
        BigDecimal mad = median(deviations).max(median.multiply(MIN_MAD_SHARE));
        return price.subtract(median).abs().compareTo(THREE.multiply(mad)) > 0;
    }

    public static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        if (n == 0) {
            return BigDecimal.ZERO;
        }
        return n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64)
                        .setScale(4, RoundingMode.HALF_UP);
    }
}
