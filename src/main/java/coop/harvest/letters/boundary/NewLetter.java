package coop.harvest.letters.boundary;

import coop.harvest.letters.entity.LetterCategory;
import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A letter to the bureau. {@code name} is required from a writer without an account; an account writes as itself. */
public class NewLetter implements RequestBody {

    @NotNull(message = "is required: CONSULTATION, COMPLAINT, SUGGESTION or REPORT")
    public LetterCategory category;

    @NotBlank(message = "is required: say in a line what the letter is about")
    @Size(max = 200, message = "must be at most 200 characters")
    public String subject;

    @NotBlank(message = "is required")
    @Size(max = 5000, message = "must be at most 5000 characters")
    public String body;

    @Size(max = 100, message = "must be at most 100 characters")
    public String name;

    @Pattern(regexp = "\\+?[0-9][0-9 -]{4,24}", message = "must be a phone number")
    public String phone;

    @Email(message = "must be an e-mail address")
    @Size(max = 254, message = "must be at most 254 characters")
    public String email;

    public Boolean mayPublish;
}
