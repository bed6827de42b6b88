package coop.harvest.certificates.boundary;

import coop.harvest.vocabulary.Certification;
import coop.harvest.platform.RequestBody;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A certificate a cooperative registers; staff check it against the scan before it backs any listing. */
public class NewCertificate implements RequestBody {

    @NotNull(message = "is required: GREEN_FOOD, ORGANIC, GEOGRAPHICAL_INDICATION or POLLUTION_FREE")
    public Certification type;

    @NotBlank(message = "is required: the number printed on the certificate")
    @Size(max = 100, message = "must be at most 100 characters")
    public String number;

    @NotBlank(message = "is required: who issued the certificate")
    @Size(max = 200, message = "must be at most 200 characters")
    public String issuer;

    @NotEmpty(message = "is required: the product codes the certificate covers, such as kiwi")
    @Size(max = 30, message = "may name at most 30 products")
    public List<String> products;

    @NotNull(message = "is required")
    public LocalDate validFrom;

    @NotNull(message = "is required")
    public LocalDate validUntil;
}
