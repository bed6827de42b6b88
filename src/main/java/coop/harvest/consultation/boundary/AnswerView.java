package coop.harvest.consultation.boundary;

import java.time.Instant;

/** An expert's answer with the expert's public name and title. */
public record AnswerView(long id, ExpertRef expert, String body, Instant at, boolean accepted) {

    /** The answering expert as the public sees them. */
    public record ExpertRef(String name, String title) {
    }
}
