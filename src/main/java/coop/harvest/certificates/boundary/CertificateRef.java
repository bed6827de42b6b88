package coop.harvest.certificates.boundary;

import coop.harvest.vocabulary.Certification;
import java.time.LocalDate;

/** A certificate that backs a listing's certification, as listing views show it. */
public record CertificateRef(Certification type, String number, String issuer, LocalDate validUntil) {
}
