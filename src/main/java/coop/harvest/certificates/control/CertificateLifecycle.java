package coop.harvest.certificates.control;

import coop.harvest.certificates.boundary.CertificateStatus;
import java.time.LocalDate;
import java.util.Optional;

/** The moves of a certificate: PENDING → APPROVED | REJECTED, APPROVED → REVOKED | EXPIRED. */
public final class CertificateLifecycle {

    /** The reminder goes out this many days before the last valid day. */
    public static final int REMINDER_DAYS = 30;

    private CertificateLifecycle() {
    }

    public static Optional<CertificateStatus> decide(CertificateStatus from, CertificateStatus to) {
        boolean allowed = switch (to) {
            case APPROVED, REJECTED -> from == CertificateStatus.PENDING;
            case REVOKED, EXPIRED -> from == CertificateStatus.APPROVED;
            case PENDING -> false;
        };
        return allowed ? Optional.of(to) : Optional.empty();
    }

    /** An approved certificate whose last valid day is before today has expired. */
    public static boolean expired(CertificateStatus status, LocalDate validUntil, LocalDate today) {
        return status == CertificateStatus.APPROVED && validUntil.isBefore(today);
    }

    /** Whether it counts as (still) registered for the uniqueness of type and number. */
    public static boolean blocksNumber(CertificateStatus status) {
        return status != CertificateStatus.REJECTED;
    }
}
