package coop.harvest.contracts.boundary;

import coop.harvest.platform.RequestBody;
import coop.harvest.vocabulary.Certification;
import coop.harvest.vocabulary.Grade;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A buyer's contract offer. {@code minGrade} defaults to STANDARD (any grade), {@code certifications} to none. */
public class NewOffer implements RequestBody {

    @NotBlank(message = "is required: a product code such as kiwi")
    public String product;

    public Grade minGrade;

    public Set<Certification> certifications;

    @NotNull(message = "is required")
    public BigDecimal totalQuantity;

    @NotNull(message = "is required: {\"type\": \"FIXED\", \"unitPrice\"} or {\"type\": \"FLOOR\", \"floorPrice\"}")
    public PricingBody pricing;

    @NotNull(message = "is required: 1 to 12 deliveries of {\"date\", \"percent\"}")
    public List<SlotBody> schedule;

    @NotBlank(message = "is required: a county of Huaihua")
    public String deliveryCounty;

    @NotNull(message = "is required: the last day cooperatives may commit")
    public LocalDate commitBy;

    @Size(max = 2000, message = "must be at most 2000 characters")
    public String description;
}
