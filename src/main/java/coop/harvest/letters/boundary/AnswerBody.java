package coop.harvest.letters.boundary;

import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The bureau's answer; {@code publish} shows it on the public page when the writer allowed that. */
public class AnswerBody implements RequestBody {

    @NotBlank(message = "is required")
    @Size(max = 5000, message = "must be at most 5000 characters")
    public String text;

    public Boolean publish;
}
