package coop.harvest.contracts.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The quantities of a contract's deliveries: delivery n gets quantity × percent n / 100, rounded half-up to 3
 * decimals; the last one takes what the others leave, so the deliveries always add up to the contract exactly.
 */
public final class DeliverySplit {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DeliverySplit() {
    }

    public static List<BigDecimal> split(BigDecimal quantity, List<Integer> percents) {
        List<BigDecimal> parts = new ArrayList<>(percents.size());
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < percents.size(); i++) {
            BigDecimal part;
            if (i == percents.size() - 1) {
                part = quantity.subtract(given).setScale(3, RoundingMode.HALF_UP);
            } else {
                part = quantity.multiply(BigDecimal.valueOf(percents.get(i)))
                        .divide(HUNDRED, 3, RoundingMode.HALF_UP);
                given = given.add(part);
            }
            parts.add(part);
        }
        return parts;
    }
}
