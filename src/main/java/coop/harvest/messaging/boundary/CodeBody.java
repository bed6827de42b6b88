package coop.harvest.messaging.boundary;

import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The 6-digit code received by SMS. */
public class CodeBody implements RequestBody {

    @NotBlank(message = "is required: the 6-digit code from the SMS")
    @Pattern(regexp = "\\s*\\d{6}\\s*", message = "must be the 6 digits from the SMS")
    public String code;
}
