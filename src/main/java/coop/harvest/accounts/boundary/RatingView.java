package coop.harvest.accounts.boundary;

import coop.harvest.accounts.control.RatingAverage;
import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;

/** A cooperative's rating: the average of its reviews to one decimal (null without reviews) and their count. */
@JsonbNillable
public record RatingView(BigDecimal average, long count) {

    public static RatingView of(long sum, long count) {
        return new RatingView(RatingAverage.of(sum, count), count);
    }
}
