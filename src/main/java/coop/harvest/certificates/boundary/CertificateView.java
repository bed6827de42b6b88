package coop.harvest.certificates.boundary;

import coop.harvest.vocabulary.Certification;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A certificate as its cooperative and staff see it; {@code reason} only after a rejection or revocation. */
public record CertificateView(long id, CooperativeRef cooperative, Certification type, String number, String issuer,
                              List<String> products, LocalDate validFrom, LocalDate validUntil,
                              CertificateStatus status, String reason, boolean hasDocument, Instant createdAt,
                              long version) {

    /** The holder. */
    public record CooperativeRef(long id, String name) {
    }
}
