package coop.harvest.contracts.boundary;

import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.Size;

/** A reason for declining, cancelling or terminating. */
public class ContractReason implements RequestBody {

    @Size(max = 1000, message = "must be at most 1000 characters")
    public String reason;
}
