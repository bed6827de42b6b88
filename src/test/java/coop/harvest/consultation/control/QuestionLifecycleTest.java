package coop.harvest.consultation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.consultation.entity.QuestionStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionLifecycleTest {

    @Test
    void anOpenQuestionBecomesAnsweredAndTakesMoreAnswers() {
        assertEquals(Optional.of(QuestionStatus.ANSWERED), QuestionLifecycle.afterAnswer(QuestionStatus.OPEN));
        assertEquals(Optional.of(QuestionStatus.ANSWERED), QuestionLifecycle.afterAnswer(QuestionStatus.ANSWERED));
    }

    @Test
    void onlyAnAnsweredQuestionCanBeResolved() {
        assertEquals(Optional.of(QuestionStatus.RESOLVED), QuestionLifecycle.afterAccept(QuestionStatus.ANSWERED));
        assertTrue(QuestionLifecycle.afterAccept(QuestionStatus.OPEN).isEmpty());
        assertTrue(QuestionLifecycle.afterAccept(QuestionStatus.RESOLVED).isEmpty());
    }

    @Test
    void aResolvedQuestionTakesNoAnswersAndNoPhotos() {
        assertTrue(QuestionLifecycle.afterAnswer(QuestionStatus.RESOLVED).isEmpty());
        assertFalse(QuestionLifecycle.takesPhotos(QuestionStatus.RESOLVED));
        assertTrue(QuestionLifecycle.takesPhotos(QuestionStatus.OPEN));
        assertTrue(QuestionLifecycle.takesPhotos(QuestionStatus.ANSWERED));
    }

    @Test
    void theQueuePutsUnansweredQuestionsOfTheExpertsCropsFirst() {
        Instant t = Instant.parse("2026-11-01T00:00:00Z");
        QueueEntry otherOpenOld = new QueueEntry(1, "rice", QuestionStatus.OPEN, t, false);
        QueueEntry mineAnswered = new QueueEntry(2, "kiwi", QuestionStatus.ANSWERED, t, false);
        QueueEntry mineOpenNew = new QueueEntry(3, "kiwi", QuestionStatus.OPEN, t.plusSeconds(60), false);
        QueueEntry mineOpenOld = new QueueEntry(4, "honeysuckle", QuestionStatus.OPEN, t, false);
        QueueEntry resolved = new QueueEntry(5, "kiwi", QuestionStatus.RESOLVED, t, false);
        QueueEntry answeredByMe = new QueueEntry(6, "kiwi", QuestionStatus.ANSWERED, t, true);
        List<QueueEntry> queue = ExpertQueue.order(List.of(otherOpenOld, mineAnswered, mineOpenNew, mineOpenOld,
                resolved, answeredByMe), Set.of("kiwi", "honeysuckle"));
        assertEquals(List.of(mineOpenOld, mineOpenNew, mineAnswered, otherOpenOld), queue);
    }

    @Test
    void theMedianWaitIsInHoursWithOneDecimal() {
        assertNull(QuestionFigures.medianHours(List.of()));
        assertEquals(new BigDecimal("2.0"), QuestionFigures.medianHours(List.of(Duration.ofHours(1),
                Duration.ofHours(2), Duration.ofHours(30))));
        assertEquals(new BigDecimal("1.5"), QuestionFigures.medianHours(List.of(Duration.ofHours(1),
                Duration.ofHours(2))));
    }

    @Test
    void callersAppearInPublicByTheirFirstCharacterOnly() {
        assertEquals("王**", CallerNames.masked("王建国"));
        assertEquals("L**", CallerNames.masked(" Li Wei "));
        assertEquals("**", CallerNames.masked(null));
    }
}
