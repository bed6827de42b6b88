package coop.harvest.posts.boundary;

import coop.harvest.platform.RequestBody;
import coop.harvest.posts.entity.PostKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A post as staff write it (also the body of an edit): {@code body} is Markdown. */
public class NewPost implements RequestBody {

    @NotNull(message = "is required: NEWS, POLICY, MARKET or NOTICE")
    public PostKind kind;

    @NotBlank(message = "is required")
    @Size(max = 200, message = "must be at most 200 characters")
    public String title;

    @NotBlank(message = "is required: the text in Markdown")
    @Size(max = 20000, message = "must be at most 20000 characters")
    public String body;

    @NotNull(message = "is required: zh or en")
    @Pattern(regexp = "zh|en", message = "must be zh or en")
    public String lang;
}
