package coop.harvest.messaging.boundary;

import coop.harvest.messaging.control.PhoneNumbers;
import coop.harvest.messaging.entity.OutboxMessage;
import coop.harvest.messaging.entity.OutboxStatus;
import coop.harvest.platform.Dates;
import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SMS outbox. {@link #queue} joins the caller's transaction: a message exists exactly when what caused it was
 * committed, and the sender ({@link OutboxSender}) sends it afterwards.
 */
@Stateless
@PermitAll
public class Outbox {

    public static final int MAX_TEXT = 1000;

    @PersistenceContext
    EntityManager em;

    /**
     * Queues one SMS to a person, in the caller's transaction (a verification code, a reply, a letter's answer): it is
     * sent after the caller commits, never if the caller rolls back, and before any text to a list that is due.
     *
     * @param phone a mainland mobile number (11 digits; +86, spaces and dashes are tolerated)
     * @param text  the whole text; a long one goes as concatenated parts (cut at 1,000 characters)
     * @return the outbox row's id, or empty (nothing queued, the caller's transaction unharmed) when the phone is
     *         not a mainland mobile number or the text is blank
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Optional<Long> queue(String phone, String text) {
        return queue(phone, text, false);
    }

    /**
     * As {@link #queue(String, String)}, for a text to a list (a digest, an alert, a new listing or post to its
     * subscribers): it goes after the texts to one person that are due, so that none of those waits for a list.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Optional<Long> queueBulk(String phone, String text) {
        return queue(phone, text, true);
    }

    private Optional<Long> queue(String phone, String text, boolean bulk) {
        Optional<String> to = PhoneNumbers.mainlandMobile(phone);
        if (to.isEmpty() || text == null || text.isBlank()) {
            return Optional.empty();
        }
        String body = text.strip();
        OutboxMessage message = new OutboxMessage(to.get(), body.length() > MAX_TEXT ? body.substring(0, MAX_TEXT)
                : body, Dates.now(), bulk);
        em.persist(message);
        em.flush();
        return Optional.of(message.getId());
    }

    /** The outbox for staff, newest first, optionally of one status. */
    @RolesAllowed("STAFF")
    public Page<OutboxView> list(OutboxStatus status, PageRequest page) {
        String where = status == null ? "" : " WHERE m.status = :s";
        TypedQuery<OutboxMessage> items = em.createQuery("SELECT m FROM OutboxMessage m" + where
                + " ORDER BY m.id DESC", OutboxMessage.class);
        TypedQuery<Long> total = em.createQuery("SELECT COUNT(m) FROM OutboxMessage m" + where, Long.class);
        if (status != null) {
            items.setParameter("s", status);
            total.setParameter("s", status);
        }
        List<OutboxView> views = items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream()
                .map(OutboxView::of).toList();
        return page.page(views, total.getSingleResult());
    }

    /** How many rows are in each status, for the staff page. */
    @RolesAllowed("STAFF")
    public Map<OutboxStatus, Long> counts() {
        Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
        for (OutboxStatus s : OutboxStatus.values()) {
            counts.put(s, 0L);
        }
        for (Object[] row : em.createQuery("SELECT m.status, COUNT(m) FROM OutboxMessage m GROUP BY m.status",
                Object[].class).getResultList()) {
            counts.put((OutboxStatus) row[0], (Long) row[1]);
        }
        return counts;
    }
}
