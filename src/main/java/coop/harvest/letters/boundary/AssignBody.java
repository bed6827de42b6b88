package coop.harvest.letters.boundary;

import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Whom staff give a letter to: a staff username. */
public class AssignBody implements RequestBody {

    @NotBlank(message = "is required: a staff username")
    @Size(max = 40, message = "must be at most 40 characters")
    public String assignee;
}
