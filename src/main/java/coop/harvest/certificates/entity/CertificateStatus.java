package coop.harvest.certificates.entity;

/** PENDING → APPROVED | REJECTED; APPROVED → REVOKED | EXPIRED. */
public enum CertificateStatus {
    PENDING, APPROVED, REJECTED, REVOKED, EXPIRED
}
