package coop.harvest.consultation.boundary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A year's consultation figures (questions by their creation in the market time zone). */
public record QuestionStats(long asked, long answered, long resolved, BigDecimal medianHoursToFirstAnswer,
                            Map<String, Long> byChannel, List<ProductFigures> byProduct) {

    /** One crop's figures. */
    public record ProductFigures(String product, long asked, long answered) {
    }
}
