package coop.harvest.contracts.boundary;

import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** A cooperative's commitment: a quantity of the offer and, optionally, the acreage in mu (亩) it comes from. */
public class CommitmentBody implements RequestBody {

    @NotNull(message = "is required")
    public BigDecimal quantity;

    public BigDecimal acreage;
}
