package coop.harvest.letters.control;

import coop.harvest.letters.entity.LetterStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The letter's states: staff assign and answer a letter that is waiting (received, assigned or sent back); the writer
 * answers an answered letter with feedback (settled: closed; not settled: reopened); an answer left without feedback
 * for a week closes the letter.
 */
public final class LetterFlow {

    /** Letters waiting for an answer: these are the ones that can be overdue. */
    public static final Set<LetterStatus> WAITING = EnumSet.of(LetterStatus.RECEIVED, LetterStatus.ASSIGNED,
            LetterStatus.REOPENED);

    public static final int FEEDBACK_DAYS = 7;

    /** What staff or the writer do to a letter. */
    public enum Action { ASSIGN, ANSWER, SATISFIED, NOT_SATISFIED, EXPIRE_FEEDBACK }

    private LetterFlow() {
    }

    /** The status after {@code action}, or empty when the action is not allowed in {@code status}. */
    public static Optional<LetterStatus> after(LetterStatus status, Action action) {
        return switch (action) {
            case ASSIGN -> WAITING.contains(status) ? Optional.of(LetterStatus.ASSIGNED) : Optional.empty();
            case ANSWER -> WAITING.contains(status) ? Optional.of(LetterStatus.ANSWERED) : Optional.empty();
            case SATISFIED, EXPIRE_FEEDBACK -> status == LetterStatus.ANSWERED
                    ? Optional.of(LetterStatus.CLOSED) : Optional.empty();
            case NOT_SATISFIED -> status == LetterStatus.ANSWERED
                    ? Optional.of(LetterStatus.REOPENED) : Optional.empty();
        };
    }

    /** An unanswered letter is overdue from the day after its due date. */
    public static boolean overdue(LetterStatus status, LocalDate dueBy, LocalDate today) {
        return WAITING.contains(status) && dueBy.isBefore(today);
    }

    /** The moment before which an answer without feedback closes the letter. */
    public static Instant feedbackCutoff(Instant now) {
        return now.minus(FEEDBACK_DAYS, ChronoUnit.DAYS);
    }

    /** True when an answer given at {@code answeredAt} has waited long enough for feedback. */
    public static boolean feedbackExpired(LetterStatus status, Instant answeredAt, Instant now) {
        return status == LetterStatus.ANSWERED && answeredAt != null && answeredAt.isBefore(feedbackCutoff(now));
    }
}
