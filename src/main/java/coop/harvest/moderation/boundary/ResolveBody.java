package coop.harvest.moderation.boundary;

import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.Size;

/** How staff dealt with a report (optional); the reporter reads it. */
public class ResolveBody implements RequestBody {

    @Size(max = 1000, message = "must be at most 1000 characters")
    public String note;

    public ResolveBody() {
    }

    public ResolveBody(String note) {
        this.note = note;
    }
}
