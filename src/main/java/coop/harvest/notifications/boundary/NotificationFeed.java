package coop.harvest.notifications.boundary;

import coop.harvest.notifications.entity.Notification;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Reads for the event stream, which polls from a scheduler thread with no caller: the stream resolved the account
 * when it was opened. Polling the database (not an in-memory bus) lets one instance stream what another wrote.
 */
@Stateless
@PermitAll
public class NotificationFeed {

    /** The most unread notifications counted; a count of this many means this many or more. */
    public static final int UNREAD_LIMIT = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    NotificationTexts texts;

    /** The account's notifications after the given id, in the given language. */
    public List<NotificationView> after(long accountId, long lastSeenId, String language) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.accountId = :a AND n.id > :last ORDER BY n.id",
                        Notification.class)
                .setParameter("a", accountId).setParameter("last", lastSeenId).setMaxResults(50)
                .getResultStream().map(n -> texts.view(n, language)).toList();
    }

    public long latestId(long accountId) {
        Long max = em.createQuery("SELECT MAX(n.id) FROM Notification n WHERE n.accountId = :a", Long.class)
                .setParameter("a", accountId).getSingleResult();
        return max == null ? 0 : max;
    }

    /**
     * The account's unread notifications counted up to {@link #UNREAD_LIMIT} (the header then shows "99+"): a busy
     * cooperative that never marks them read has tens of thousands, and counting them all on every page view and
     * every streamed notification cost some 45 ms at 15,000. Reads at most that many entries of
     * the index on account and read time.
     */
    public long unreadCount(long accountId) {
        return em.createQuery("SELECT n.accountId FROM Notification n WHERE n.accountId = :a AND n.readAt IS NULL",
                Long.class).setParameter("a", accountId).setMaxResults(UNREAD_LIMIT).getResultList().size();
    }
}
