package coop.harvest.audit.boundary;

import coop.harvest.audit.entity.AuditEntry;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Writes audit entries. {@link #record} joins the caller's transaction, so an action and its audit line commit or
 * roll back together; {@link #recordAlone} commits on its own, for events whose request fails (a refused sign-in).
 */
@Stateless
public class AuditLog {

    /** The actor name used for actions taken by timers. */
    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String actor, String action, String targetType, Long targetId, String reason) {
        em.persist(new AuditEntry(actor, action, targetType, targetId, reason));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAlone(String actor, String action, String targetType, Long targetId, String reason) {
        em.persist(new AuditEntry(actor, action, targetType, targetId, reason));
    }
}
