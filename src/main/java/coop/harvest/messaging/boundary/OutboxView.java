package coop.harvest.messaging.boundary;

import coop.harvest.messaging.entity.OutboxMessage;
import java.time.Instant;

/**
 * An outbox row as staff see it. {@code status} is QUEUED, SENT, DELIVERED or FAILED; {@code bulk} marks a text to a
 * list (subscribers), which goes after the due texts to one person.
 */
public record OutboxView(long id, String to, String text, String status, int attempts, String lastError,
                         Instant createdAt, Instant sentAt, boolean bulk, long version) {

    static OutboxView of(OutboxMessage m) {
        return new OutboxView(m.getId(), m.getRecipient(), m.getBody(), m.getStatus().name(), m.getAttempts(),
                m.getLastError(), m.getCreatedAt(), m.getSentAt(), m.isBulk(), m.getVersion());
    }
}
