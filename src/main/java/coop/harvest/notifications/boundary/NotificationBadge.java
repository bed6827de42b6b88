package coop.harvest.notifications.boundary;

import coop.harvest.platform.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The header badge's first count (the event stream keeps it current) and the notifications page. */
@Named
@RequestScoped
public class NotificationBadge {

    @Inject
    Notifications notifications;

    @Inject
    coop.harvest.web.Preferences preferences;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }

    /** The count as the badge shows it: "99+" for {@link NotificationFeed#UNREAD_LIMIT} or more. */
    public String getUnreadText() {
        return text(getUnread());
    }

    /** For the script that keeps the badge current: counts from the event stream stop at the same limit. */
    public int getLimit() {
        return NotificationFeed.UNREAD_LIMIT;
    }

    static String text(long unread) {
        return unread >= NotificationFeed.UNREAD_LIMIT ? (NotificationFeed.UNREAD_LIMIT - 1) + "+"
                : Long.toString(unread);
    }

    public List<NotificationView> getRecent() {
        return notifications.mine(false, PageRequest.of(0, 50), preferences.getLanguage()).items();
    }

    public String markAllRead() {
        notifications.markAllRead();
        return "/notifications.xhtml?faces-redirect=true";
    }
}
