package coop.harvest.certificates.boundary;

/** PENDING → APPROVED | REJECTED; APPROVED → REVOKED | EXPIRED. */
public enum CertificateStatus {
    PENDING, APPROVED, REJECTED, REVOKED, EXPIRED
}
