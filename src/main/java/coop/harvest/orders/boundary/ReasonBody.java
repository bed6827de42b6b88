package coop.harvest.orders.boundary;

import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.Size;

/** Why an order is declined, cancelled or disputed; shown to the other party. */
public class ReasonBody implements RequestBody {

    @Size(max = 1000, message = "must be at most 1000 characters")
    public String reason;
}
