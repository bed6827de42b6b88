package coop.harvest.accounts.boundary;

import coop.harvest.accounts.control.RegistrationNumbers;
import coop.harvest.accounts.entity.Cooperative;
import coop.harvest.platform.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * A cooperative's standing, the one way to change it: verify, suspend, reinstate, each on the locked row. These
 * carry no authorization here: the moderation boundary, which is staff-only and audits them, is their caller (and
 * demo data at start-up).
 */
@Stateless
@PermitAll
public class CooperativeStanding {

    @PersistenceContext
    EntityManager em;

    @Inject
    CooperativeDirectory directory;

    /** The 18-character unified social credit code whose first 17 characters these are (for demo data). */
    public static String completeRegistrationNumber(String first17) {
        return RegistrationNumbers.complete(first17);
    }

    /** Verifies a cooperative; 409 when it is verified already. */
    public CooperativeView verify(long id) {
        Cooperative cooperative = locked(id);
        if (cooperative.isVerified()) {
            throw ProblemException.conflict("This cooperative is verified already");
        }
        cooperative.verify();
        return directory.viewOf(id);
    }

    /** Suspends a cooperative; 409 when it is suspended already. */
    public CooperativeView suspend(long id) {
        Cooperative cooperative = locked(id);
        if (cooperative.isSuspended()) {
            throw ProblemException.conflict("This cooperative is suspended already");
        }
        cooperative.setSuspended(true);
        return directory.viewOf(id);
    }

    /** Lifts a suspension; 409 when it is not suspended. */
    public CooperativeView reinstate(long id) {
        Cooperative cooperative = locked(id);
        if (!cooperative.isSuspended()) {
            throw ProblemException.conflict("This cooperative is not suspended");
        }
        cooperative.setSuspended(false);
        return directory.viewOf(id);
    }

    /** Whether a cooperative may trade now (exists, not suspended). */
    public boolean isActive(long id) {
        Cooperative cooperative = em.find(Cooperative.class, id);
        return cooperative != null && !cooperative.isSuspended();
    }

    public boolean isVerified(long id) {
        Cooperative cooperative = em.find(Cooperative.class, id);
        return cooperative != null && cooperative.isVerified();
    }

    private Cooperative locked(long id) {
        Cooperative cooperative = em.find(Cooperative.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (cooperative == null) {
            throw ProblemException.notFound("Cooperative " + id);
        }
        return cooperative;
    }
}
