package coop.harvest.accounts.boundary;

import coop.harvest.platform.RequestBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A self-registration: a cooperative (with its cooperative) or a buyer (with its organisation). */
public class NewAccount implements RequestBody {

    @NotBlank(message = "is required")
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.-]{2,39}",
            message = "must be 3-40 letters, digits, '.', '_' or '-', starting with a letter or digit")
    public String username;

    @NotNull(message = "is required")
    public String password;

    @NotBlank(message = "is required")
    @Size(max = 100, message = "must be at most 100 characters")
    public String displayName;

    @NotNull(message = "is required: COOPERATIVE or BUYER")
    public Role role;

    @Email(message = "must be an e-mail address")
    @Size(max = 254, message = "is too long")
    public String email;

    @Pattern(regexp = "\\+?[0-9][0-9 -]{4,24}", message = "must be a phone number")
    public String phone;

    @Valid
    public NewCooperative cooperative;

    @Size(max = 200, message = "must be at most 200 characters")
    public String organization;
}
