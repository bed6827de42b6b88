package coop.harvest.accounts.boundary;

import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The cooperative a cooperative account registers, unverified until the bureau verifies it. */
public class NewCooperative implements RequestBody {

    @NotBlank(message = "is required")
    @Size(max = 200, message = "must be at most 200 characters")
    public String name;

    @NotBlank(message = "is required")
    public String registrationNumber;

    @NotBlank(message = "is required")
    public String county;
}
