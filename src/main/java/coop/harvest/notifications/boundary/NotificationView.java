package coop.harvest.notifications.boundary;

import java.time.Instant;

/**
 * A notification as its reader sees it, in the reader's language. Its one change is being read, so its
 * {@code version} is 1 while unread and 2 once read.
 */
public record NotificationView(long id, String type, String message, Instant at, boolean read, String link,
                               long version) {

    NotificationView(long id, String type, String message, Instant at, boolean read, String link) {
        this(id, type, message, at, read, link, read ? 2 : 1);
    }
}
