package coop.harvest.certificates.boundary;

import coop.harvest.vocabulary.Certification;
import java.time.LocalDate;
import java.util.List;

/** What the public check by number shows of an APPROVED, EXPIRED or REVOKED certificate. */
public record VerifiedCertificate(String number, Certification type, String issuer,
                                  CertificateView.CooperativeRef cooperative, List<String> products,
                                  LocalDate validFrom, LocalDate validUntil, CertificateStatus status) {
}
