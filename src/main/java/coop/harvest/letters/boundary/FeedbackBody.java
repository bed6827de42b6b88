package coop.harvest.letters.boundary;

import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The writer says whether the answer settled the matter; {@code code} is needed without an account. */
public class FeedbackBody implements RequestBody {

    @Size(max = 40, message = "must be at most 40 characters")
    public String code;

    @NotNull(message = "is required: true when the answer settled it")
    public Boolean satisfied;

    @Size(max = 1000, message = "must be at most 1000 characters")
    public String comment;
}
