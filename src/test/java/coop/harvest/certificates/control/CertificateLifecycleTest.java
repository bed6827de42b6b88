package coop.harvest.certificates.control;

import static coop.harvest.certificates.boundary.CertificateStatus.APPROVED;
import static coop.harvest.certificates.boundary.CertificateStatus.EXPIRED;
import static coop.harvest.certificates.boundary.CertificateStatus.PENDING;
import static coop.harvest.certificates.boundary.CertificateStatus.REJECTED;
import static coop.harvest.certificates.boundary.CertificateStatus.REVOKED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CertificateLifecycleTest {

    @Test
    void pendingIsApprovedOrRejectedApprovedIsRevokedOrExpires() {
        assertEquals(Optional.of(APPROVED), CertificateLifecycle.decide(PENDING, APPROVED));
        assertEquals(Optional.of(REJECTED), CertificateLifecycle.decide(PENDING, REJECTED));
        assertEquals(Optional.of(REVOKED), CertificateLifecycle.decide(APPROVED, REVOKED));
        assertEquals(Optional.of(EXPIRED), CertificateLifecycle.decide(APPROVED, EXPIRED));
        assertEquals(Optional.empty(), CertificateLifecycle.decide(PENDING, REVOKED));
        assertEquals(Optional.empty(), CertificateLifecycle.decide(APPROVED, APPROVED));
        assertEquals(Optional.empty(), CertificateLifecycle.decide(REJECTED, APPROVED));
        assertEquals(Optional.empty(), CertificateLifecycle.decide(REVOKED, REVOKED));
    }

    @Test
    void anApprovedCertificateExpiresTheDayAfterItsLastValidDay() {
        LocalDate today = LocalDate.of(2026, 12, 4);
        assertFalse(CertificateLifecycle.expired(APPROVED, today, today));
        assertTrue(CertificateLifecycle.expired(APPROVED, today.minusDays(1), today));
        assertFalse(CertificateLifecycle.expired(PENDING, today.minusDays(1), today));
    }
}
