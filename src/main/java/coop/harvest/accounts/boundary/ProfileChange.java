package coop.harvest.accounts.boundary;

import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code PUT /api/me}: the account's own details; a field left out stays as it is. */
public class ProfileChange implements RequestBody {

    @Size(max = 100, message = "must be at most 100 characters")
    public String displayName;

    @Email(message = "must be an e-mail address")
    @Size(max = 254, message = "is too long")
    public String email;

    @Pattern(regexp = "|\\+?[0-9][0-9 -]{4,24}", message = "must be a phone number")
    public String phone;

    @Size(max = 300, message = "must be at most 300 characters")
    public String deliveryAddress;
}
