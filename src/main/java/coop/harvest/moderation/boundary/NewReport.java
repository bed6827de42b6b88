package coop.harvest.moderation.boundary;

import coop.harvest.moderation.entity.ReportTarget;
import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A signed-in account reports a listing, a demand or an account to the bureau. */
public class NewReport implements RequestBody {

    @NotNull(message = "is required: LISTING, DEMAND or ACCOUNT")
    public ReportTarget targetType;

    @NotNull(message = "is required")
    public Long targetId;

    @NotBlank(message = "is required: say what is wrong")
    @Size(max = 1000, message = "must be at most 1000 characters")
    public String reason;
}
