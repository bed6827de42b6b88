package coop.harvest.consultation.control;

import coop.harvest.consultation.entity.QuestionStatus;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The order of an expert's queue: unanswered questions of the expert's crops first, then questions of their crops
 * that others answered, then unanswered questions of other crops, then the rest; oldest first within each group.
 * Resolved questions and those the expert answered already are not in the queue.
 */
public final class ExpertQueue {

    private ExpertQueue() {
    }

    public static List<QueueEntry> order(Collection<QueueEntry> questions, Set<String> specialties) {
        return questions.stream()
                .filter(q -> q.status() != QuestionStatus.RESOLVED && !q.answeredByMe())
                .sorted(Comparator.comparingInt((QueueEntry q) -> rank(q, specialties))
                        .thenComparing(QueueEntry::createdAt).thenComparingLong(QueueEntry::id))
                .toList();
    }

    static int rank(QueueEntry q, Set<String> specialties) {
        boolean mine = specialties.contains(q.product());
        boolean open = q.status() == QuestionStatus.OPEN;
        return (mine ? 0 : 2) + (open ? 0 : 1);
    }
}
