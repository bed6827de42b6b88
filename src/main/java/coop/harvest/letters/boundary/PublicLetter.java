package coop.harvest.letters.boundary;

import coop.harvest.letters.entity.LetterCategory;
import java.time.Instant;

/** A published letter and its answer: never the writer's name, phone or e-mail. */
public record PublicLetter(String trackingNumber, LetterCategory category, String subject, String body,
                           String answer, Instant createdAt, Instant answeredAt) {
}
