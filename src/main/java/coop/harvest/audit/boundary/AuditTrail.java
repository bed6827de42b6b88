package coop.harvest.audit.boundary;

import coop.harvest.audit.entity.AuditEntry;

import coop.harvest.audit.control.AuditCsv;
import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/**
 * Reads the audit log, newest first. There is deliberately no way here (or anywhere) to change or delete an entry:
 * the log is append-only, written only by {@link coop.harvest.audit.boundary.AuditLog} inside the audited transaction.
 */
@Stateless
@RolesAllowed("STAFF")
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    public Page<AuditEntryView> search(AuditFilter filter, PageRequest page) {
        TypedQuery<AuditEntry> query = em.createQuery("SELECT e FROM AuditEntry e" + filter.where()
                + " ORDER BY e.at DESC, e.id DESC", AuditEntry.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM AuditEntry e" + filter.where(), Long.class);
        filter.parameters().forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<AuditEntryView> items = query.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList().stream().map(AuditEntryView::of).toList();
        return page.page(items, count.getSingleResult());
    }

    /**
     * The next entries for an export, newest first, strictly older than the entry with id {@code afterId} (the last
     * one of the previous chunk; null to start). Walking by position rather than by offset keeps an export
     * consistent while new entries arrive.
     */
    public CsvChunk csvChunk(AuditFilter filter, Long afterId, int size) {
        String where = filter.where();
        String keyset = "";
        AuditEntry last = afterId == null ? null : em.find(AuditEntry.class, afterId);
        if (last != null) {
            keyset = (where.isEmpty() ? " WHERE " : " AND ") + "(e.at < :lastAt OR (e.at = :lastAt AND e.id < :lastId))";
        }
        TypedQuery<AuditEntry> query = em.createQuery("SELECT e FROM AuditEntry e" + where + keyset
                + " ORDER BY e.at DESC, e.id DESC", AuditEntry.class);
        filter.parameters().forEach(query::setParameter);
        if (last != null) {
            query.setParameter("lastAt", last.getAt()).setParameter("lastId", last.getId());
        }
        List<AuditEntry> entries = query.setMaxResults(size).getResultList();
        StringBuilder csv = new StringBuilder();
        entries.forEach(e -> csv.append(AuditCsv.row(e.getAt(), e.getActor(), e.getAction(), e.getTargetType(),
                e.getTargetId(), e.getReason())));
        return new CsvChunk(csv.toString(), entries.isEmpty() ? afterId : entries.get(entries.size() - 1).getId(),
                entries.size());
    }

    /** CSV rows of one export step and where the next step starts. */
    public record CsvChunk(String rows, Long lastId, int count) {
    }
}
