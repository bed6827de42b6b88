package coop.harvest.consultation.boundary;

import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** An expert account that staff create: the account, the title shown with answers, and the crops answered about. */
public class NewExpert implements RequestBody {

    @NotBlank(message = "is required")
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.-]{2,39}",
            message = "must be 3-40 letters, digits, '.', '_' or '-', starting with a letter or digit")
    public String username;

    @NotNull(message = "is required")
    public String password;

    @NotBlank(message = "is required")
    @Size(max = 100, message = "must be at most 100 characters")
    public String displayName;

    @NotBlank(message = "is required, e.g. 高级农艺师 (senior agronomist)")
    @Size(max = 100, message = "must be at most 100 characters")
    public String title;

    @NotEmpty(message = "must name at least one product code, e.g. [\"kiwi\"]")
    @Size(max = 20, message = "must name at most 20 products")
    public List<String> specialties;
}
