package coop.harvest.consultation.boundary;

import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An expert's answer. */
public class NewAnswer implements RequestBody {

    @NotBlank(message = "is required")
    @Size(max = 4000, message = "must be at most 4000 characters")
    public String body;
}
