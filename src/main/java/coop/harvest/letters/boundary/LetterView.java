package coop.harvest.letters.boundary;

import coop.harvest.letters.entity.LetterCategory;
import coop.harvest.letters.entity.LetterStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A letter as its writer and staff see it. {@code accessCode} is present only in the answer that created the letter.
 */
public record LetterView(long id, String trackingNumber, String accessCode, LetterCategory category, String subject,
                         String body, String name, String phone, String email, boolean mayPublish,
                         LetterStatus status, LocalDate dueBy, boolean overdue, String assignee, String answer,
                         boolean published, Instant answeredAt, Boolean satisfied, Instant createdAt,
                         List<HistoryEntry> history, long version) {

    /** One step of the history: the status reached, when, and a comment (the writer's feedback). */
    public record HistoryEntry(Instant at, LetterStatus status, String note) {
    }
}
