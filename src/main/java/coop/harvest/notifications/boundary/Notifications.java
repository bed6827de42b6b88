package coop.harvest.notifications.boundary;

import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.notifications.entity.Notification;
import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import coop.harvest.platform.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The signed-in account's notifications: newest first, mark as read. */
@Stateless
@PermitAll
public class Notifications {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    NotificationFeed feed;

    @Inject
    NotificationTexts texts;

    /** My notifications, each in the given language ("zh" or "en": the reader's, now). */
    public Page<NotificationView> mine(boolean unreadOnly, PageRequest page, String language) {
        long accountId = currentUser.require().accountId();
        String where = " WHERE n.accountId = :a" + (unreadOnly ? " AND n.readAt IS NULL" : "");
        List<NotificationView> items = em.createQuery("SELECT n FROM Notification n" + where
                        + " ORDER BY n.id DESC", Notification.class)
                .setParameter("a", accountId).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(n -> texts.view(n, language)).toList();
        long total = em.createQuery("SELECT COUNT(n) FROM Notification n" + where, Long.class)
                .setParameter("a", accountId).getSingleResult();
        return page.page(items, total);
    }

    /** Marks one of the caller's notifications read; another account's is 404. */
    public NotificationView markRead(long id, String language) {
        Notification n = em.find(Notification.class, id);
        if (n == null || n.getAccountId() != currentUser.require().accountId()) {
            throw ProblemException.notFound("Notification " + id);
        }
        n.markRead();
        return texts.view(n, language);
    }

    /** Marks all of the caller's notifications read. */
    public int markAllRead() {
        return em.createNativeQuery("UPDATE NOTIFICATION SET READ_AT = CURRENT_TIMESTAMP "
                        + "WHERE ACCOUNT_ID = ? AND READ_AT IS NULL")
                .setParameter(1, currentUser.require().accountId()).executeUpdate();
    }

    public long unreadCount() {
        return currentUser.caller().map(c -> feed.unreadCount(c.accountId())).orElse(0L);
    }
}
