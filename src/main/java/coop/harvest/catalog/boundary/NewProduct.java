package coop.harvest.catalog.boundary;

import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A product staff add to the catalogue. */
public class NewProduct implements RequestBody {

    @NotBlank(message = "is required")
    @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "must be 2-40 lower-case letters, digits or '-'")
    public String code;

    @NotBlank(message = "is required")
    @Size(max = 100, message = "must be at most 100 characters")
    public String nameZh;

    @NotBlank(message = "is required")
    @Size(max = 100, message = "must be at most 100 characters")
    public String nameEn;

    @NotBlank(message = "is required")
    @Size(max = 10, message = "must be at most 10 characters")
    public String unit;
}
