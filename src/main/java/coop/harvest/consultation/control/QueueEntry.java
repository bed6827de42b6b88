package coop.harvest.consultation.control;

import coop.harvest.consultation.entity.QuestionStatus;
import java.time.Instant;

/** What the expert queue needs to know of a question to place it. */
public record QueueEntry(long id, String product, QuestionStatus status, Instant createdAt, boolean answeredByMe) {
}
