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

    public List<NotificationView> getRecent() {
        return notifications.mine(false, PageRequest.of(0, 50), preferences.getLanguage()).items();
    }

    public String markAllRead() {
        notifications.markAllRead();
        return "/notifications.xhtml?faces-redirect=true";
    }
}
