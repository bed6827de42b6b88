package coop.harvest.orders.boundary;

import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/orders/{id}/review/reply}: the cooperative's answer to a review. */
public class ReplyBody implements RequestBody {

    @NotBlank(message = "is required")
    @Size(max = 1000, message = "must be at most 1000 characters")
    public String text;
}
