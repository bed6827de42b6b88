package coop.harvest.accounts.boundary;

import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The current password and the new one ({@code PUT /api/me/password}). */
public class PasswordChange implements RequestBody {

    @NotNull(message = "is required")
    @Size(max = 1000, message = "is not the current password")
    public String current;

    @NotNull(message = "is required")
    @Size(max = 1000, message = "must be at most 128 characters")
    public String password;
}
