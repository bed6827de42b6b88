package coop.harvest.listings.boundary;

import coop.harvest.vocabulary.Certification;
import coop.harvest.vocabulary.Grade;
import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** A cooperative's new supply listing. Rules beyond presence are checked by ListingRules. */
public class NewListing implements RequestBody {

    @NotBlank(message = "is required: a product code such as honeysuckle")
    public String product;

    @NotNull(message = "is required: PREMIUM, FIRST, SECOND or STANDARD")
    public Grade grade;

    public Set<Certification> certifications;

    @NotNull(message = "is required")
    public BigDecimal quantity;

    @NotNull(message = "is required")
    public BigDecimal minOrderQuantity;

    @NotNull(message = "is required")
    public BigDecimal unitPrice;

    @NotBlank(message = "is required: a county of Huaihua")
    public String county;

    @NotNull(message = "is required")
    public LocalDate availableFrom;

    @NotNull(message = "is required")
    public LocalDate availableUntil;

    public String description;
}
