package coop.harvest.notifications.boundary;

import java.time.Instant;

/** A notification as its reader sees it, in the reader's language. */
public record NotificationView(long id, String type, String message, Instant at, boolean read, String link) {
}
