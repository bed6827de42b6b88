package coop.harvest.orders.boundary;

import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** A direct purchase: this much of that listing, at the listing's price. */
public class NewOrder implements RequestBody {

    @NotNull(message = "is required")
    public Long listingId;

    @NotNull(message = "is required")
    @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
    @Digits(integer = 10, fraction = 3, message = "must have at most 3 decimals and 10 digits before the point")
    public BigDecimal quantity;

    @jakarta.validation.constraints.Size(max = 300, message = "must be at most 300 characters")
    public String deliveryAddress;

    @jakarta.validation.constraints.Size(max = 500, message = "must be at most 500 characters")
    public String note;
}
