package coop.harvest.demands.boundary;

import coop.harvest.vocabulary.Certification;
import coop.harvest.vocabulary.Grade;
import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * A buyer's demand post. {@code minGrade} defaults to STANDARD (any grade), {@code allowPartial} to true, and
 * {@code certifications} to none.
 */
public class NewDemand implements RequestBody {

    @NotBlank(message = "is required: a product code such as kiwi")
    public String product;

    public Grade minGrade;

    public Set<Certification> certifications;

    @NotNull(message = "is required")
    public BigDecimal quantity;

    @NotNull(message = "is required")
    public BigDecimal maxUnitPrice;

    @NotBlank(message = "is required: a county of Huaihua")
    public String deliveryCounty;

    @NotNull(message = "is required")
    public LocalDate neededBy;

    public Boolean allowPartial;

    @jakarta.validation.constraints.Size(max = 300, message = "must be at most 300 characters")
    public String deliveryAddress;

    @jakarta.validation.constraints.Size(max = 500, message = "must be at most 500 characters")
    public String note;
}
