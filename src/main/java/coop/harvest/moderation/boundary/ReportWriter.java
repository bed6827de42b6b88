package coop.harvest.moderation.boundary;

import coop.harvest.moderation.entity.Report;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Inserts a report in a transaction of its own, so that losing the race for the REPORT_ONCE constraint fails only
 * this insert and the caller can still read the report that won. Called only by {@link Reports}, which authorizes.
 */
@Stateless
@PermitAll
public class ReportWriter {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long insert(Report report) {
        em.persist(report);
        em.flush();
        return report.getId();
    }
}
