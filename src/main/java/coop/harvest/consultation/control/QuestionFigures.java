package coop.harvest.consultation.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;

/** Figures of the consultation statistics. */
public final class QuestionFigures {

    private QuestionFigures() {
    }

    /** The median of the waits in hours, one decimal; null when nothing was answered. */
    public static BigDecimal medianHours(List<Duration> waits) {
        if (waits.isEmpty()) {
            return null;
        }
        List<Long> seconds = waits.stream().map(Duration::getSeconds).sorted().toList();
        int middle = seconds.size() / 2;
        BigDecimal median = seconds.size() % 2 == 1 ? BigDecimal.valueOf(seconds.get(middle))
                : BigDecimal.valueOf(seconds.get(middle - 1) + seconds.get(middle)).divide(BigDecimal.valueOf(2));
        return median.divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_UP);
    }
}
