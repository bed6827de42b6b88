package coop.harvest.orders.boundary;

import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/orders/{id}/review}: the buyer's rating of a completed order, 1 to 5, with a comment. */
public class ReviewBody implements RequestBody {

    @NotNull(message = "is required: 1 to 5")
    @Min(value = 1, message = "must be 1 to 5")
    @Max(value = 5, message = "must be 1 to 5")
    public Integer rating;

    @Size(max = 1000, message = "must be at most 1000 characters")
    public String comment;
}
