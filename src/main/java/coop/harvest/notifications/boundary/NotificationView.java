package coop.harvest.notifications.boundary;

import coop.harvest.notifications.entity.Notification;
import java.time.Instant;

/** A notification as its reader sees it. */
public record NotificationView(long id, String type, String message, Instant at, boolean read, String link) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.getId(), n.getType(), n.getMessage(), n.getAt(), n.isRead(), n.getLink());
    }
}
