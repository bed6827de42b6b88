package coop.harvest.letters.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.letters.control.LetterFlow.Action;
import coop.harvest.letters.entity.LetterStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LetterFlowTest {

    @Test
    void staffAssignAndAnswerWaitingLetters() {
        for (LetterStatus waiting : new LetterStatus[]{LetterStatus.RECEIVED, LetterStatus.ASSIGNED,
                LetterStatus.REOPENED}) {
            assertEquals(Optional.of(LetterStatus.ASSIGNED), LetterFlow.after(waiting, Action.ASSIGN));
            assertEquals(Optional.of(LetterStatus.ANSWERED), LetterFlow.after(waiting, Action.ANSWER));
            assertEquals(Optional.empty(), LetterFlow.after(waiting, Action.SATISFIED));
            assertEquals(Optional.empty(), LetterFlow.after(waiting, Action.NOT_SATISFIED));
        }
    }

    @Test
    void answeredLettersTakeFeedbackOnly() {
        assertEquals(Optional.empty(), LetterFlow.after(LetterStatus.ANSWERED, Action.ASSIGN));
        assertEquals(Optional.empty(), LetterFlow.after(LetterStatus.ANSWERED, Action.ANSWER));
        assertEquals(Optional.of(LetterStatus.CLOSED), LetterFlow.after(LetterStatus.ANSWERED, Action.SATISFIED));
        assertEquals(Optional.of(LetterStatus.REOPENED),
                LetterFlow.after(LetterStatus.ANSWERED, Action.NOT_SATISFIED));
        assertEquals(Optional.of(LetterStatus.CLOSED),
                LetterFlow.after(LetterStatus.ANSWERED, Action.EXPIRE_FEEDBACK));
    }

    @Test
    void closedLettersAreFinal() {
        for (Action action : Action.values()) {
            assertEquals(Optional.empty(), LetterFlow.after(LetterStatus.CLOSED, action));
        }
    }

    @Test
    void overdueOnlyWhileWaitingAndFromTheDayAfterTheDueDate() {
        LocalDate due = LocalDate.of(2026, 12, 11);
        assertFalse(LetterFlow.overdue(LetterStatus.RECEIVED, due, due));
        assertTrue(LetterFlow.overdue(LetterStatus.RECEIVED, due, due.plusDays(1)));
        assertTrue(LetterFlow.overdue(LetterStatus.REOPENED, due, due.plusDays(1)));
        assertFalse(LetterFlow.overdue(LetterStatus.ANSWERED, due, due.plusDays(9)));
        assertFalse(LetterFlow.overdue(LetterStatus.CLOSED, due, due.plusDays(9)));
    }

    @Test
    void aWeekWithoutFeedbackClosesTheLetter() {
        Instant now = Instant.parse("2026-12-10T08:00:00Z");
        assertFalse(LetterFlow.feedbackExpired(LetterStatus.ANSWERED, now.minus(6, ChronoUnit.DAYS), now));
        assertTrue(LetterFlow.feedbackExpired(LetterStatus.ANSWERED, now.minus(7, ChronoUnit.DAYS).minusSeconds(1),
                now));
        assertFalse(LetterFlow.feedbackExpired(LetterStatus.REOPENED, now.minus(30, ChronoUnit.DAYS), now));
    }
}
