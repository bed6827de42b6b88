package coop.harvest.consultation.control;

import coop.harvest.consultation.entity.QuestionStatus;
import java.util.Optional;

/**
 * The question state machine. OPEN --answer--> ANSWERED --answer--> ANSWERED (several experts may answer)
 * --accept--> RESOLVED. A resolved question takes no more answers, acceptances or photos. An empty answer means the
 * action is not allowed in that state (409).
 */
public final class QuestionLifecycle {

    private QuestionLifecycle() {
    }

    public static Optional<QuestionStatus> afterAnswer(QuestionStatus current) {
        return switch (current) {
            case OPEN, ANSWERED -> Optional.of(QuestionStatus.ANSWERED);
            case RESOLVED -> Optional.empty();
        };
    }

    public static Optional<QuestionStatus> afterAccept(QuestionStatus current) {
        return current == QuestionStatus.ANSWERED ? Optional.of(QuestionStatus.RESOLVED) : Optional.empty();
    }

    public static boolean takesPhotos(QuestionStatus current) {
        return current != QuestionStatus.RESOLVED;
    }
}
