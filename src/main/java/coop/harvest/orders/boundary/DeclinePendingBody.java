package coop.harvest.orders.boundary;

import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Whose pending orders the cooperative declines, and why (the buyer reads it). */
public class DeclinePendingBody implements RequestBody {

    @NotNull(message = "is required")
    public Long buyerId;

    @NotBlank(message = "is required: the buyer reads it")
    @Size(max = 1000, message = "must be at most 1000 characters")
    public String reason;
}
