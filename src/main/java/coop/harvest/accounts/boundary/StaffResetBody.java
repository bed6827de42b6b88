package coop.harvest.accounts.boundary;

import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why staff force an account's password to be reset (audited). */
public class StaffResetBody implements RequestBody {

    @NotBlank(message = "is required: say why (audited)")
    @Size(max = 1000, message = "must be at most 1000 characters")
    public String reason;
}
