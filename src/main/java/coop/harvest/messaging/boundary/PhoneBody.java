package coop.harvest.messaging.boundary;

import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A phone to verify: a mainland mobile number (11 digits starting 13–19). */
public class PhoneBody implements RequestBody {

    @NotBlank(message = "is required: a mainland mobile number such as 13800138000")
    @Size(max = 20, message = "must be a mainland mobile number such as 13800138000")
    public String phone;
}
