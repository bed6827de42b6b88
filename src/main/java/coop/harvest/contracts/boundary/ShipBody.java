package coop.harvest.contracts.boundary;

import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** The quantity shipped for one delivery: more than 0, at most the delivery's quantity (less is a shortfall). */
public class ShipBody implements RequestBody {

    @NotNull(message = "is required")
    public BigDecimal quantity;
}
