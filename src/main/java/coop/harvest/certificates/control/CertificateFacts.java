package coop.harvest.certificates.control;

import coop.harvest.vocabulary.Certification;
import java.time.LocalDate;
import java.util.List;

/** What the backing rule needs to know of one certificate. {@code approved} is its status being APPROVED. */
public record CertificateFacts(long id, Certification type, String number, String issuer, List<String> products,
                               LocalDate validFrom, LocalDate validUntil, boolean approved) {

    /** Valid on that day: approved, and {@code validFrom ≤ day ≤ validUntil}. */
    public boolean validOn(LocalDate day) {
        return approved && !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }

    /** True when this certificate backs the claim of certification {@code claim} on {@code product} that day. */
    public boolean backs(Certification claim, String product, LocalDate day) {
        return type == claim && products.contains(product) && validOn(day);
    }
}
