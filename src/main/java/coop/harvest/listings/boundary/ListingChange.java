package coop.harvest.listings.boundary;

import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A full replacement of a listing's editable terms (PUT); a missing description removes it. */
public class ListingChange implements RequestBody {

    @NotNull(message = "is required")
    public BigDecimal unitPrice;

    @NotNull(message = "is required")
    public BigDecimal quantity;

    @NotNull(message = "is required")
    public BigDecimal minOrderQuantity;

    public String description;

    @NotNull(message = "is required")
    public LocalDate availableFrom;

    @NotNull(message = "is required")
    public LocalDate availableUntil;

    /** Optional: the certifications to carry from now on (left out: unchanged); each needs a backing certificate. */
    public java.util.Set<coop.harvest.vocabulary.Certification> certifications;
}
