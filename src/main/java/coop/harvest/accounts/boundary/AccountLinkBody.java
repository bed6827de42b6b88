package coop.harvest.accounts.boundary;

import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The other account of a link and why staff link them. */
public class AccountLinkBody implements RequestBody {

    @NotNull(message = "is required")
    public Long otherAccountId;

    @NotBlank(message = "is required: say why (audited)")
    @Size(max = 1000, message = "must be at most 1000 characters")
    public String reason;
}
