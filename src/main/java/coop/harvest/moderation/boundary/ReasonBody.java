package coop.harvest.moderation.boundary;

import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why staff reject, suspend or remove something; the owner reads it. */
public class ReasonBody implements RequestBody {

    @NotBlank(message = "is required: say why, the owner will read it")
    @Size(max = 1000, message = "must be at most 1000 characters")
    public String reason;

    public ReasonBody() {
    }

    public ReasonBody(String reason) {
        this.reason = reason;
    }
}
