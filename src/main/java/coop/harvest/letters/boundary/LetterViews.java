package coop.harvest.letters.boundary;

import coop.harvest.letters.control.LetterFlow;
import coop.harvest.letters.entity.Letter;
import coop.harvest.letters.entity.LetterEvent;
import coop.harvest.platform.Settings;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;

/** Letters as their writers and staff see them, and the mailbox's two settings. */
final class LetterViews {

    private LetterViews() {
    }

    /** The letter as its writer sees it: everything but the staff member handling it. */
    static LetterView writer(EntityManager em, Letter l, String code, LocalDate today) {
        LetterView full = staff(em, l, code, today);
        return new LetterView(full.id(), full.trackingNumber(), full.accessCode(), full.category(), full.subject(),
                full.body(), full.name(), full.phone(), full.email(), full.mayPublish(), full.status(), full.dueBy(),
                full.overdue(), null, full.answer(), full.published(), full.answeredAt(), full.satisfied(),
                full.createdAt(), full.history(), full.version());
    }

    /** The whole letter, as staff see it. */
    static LetterView staff(EntityManager em, Letter l, String code, LocalDate today) {
        List<LetterView.HistoryEntry> history = em.createQuery("SELECT e FROM LetterEvent e WHERE e.letterId = :id"
                        + " ORDER BY e.occurredAt, e.id", LetterEvent.class).setParameter("id", l.getId())
                .getResultList().stream()
                .map(e -> new LetterView.HistoryEntry(e.getOccurredAt(), e.getStatus(), e.getNote())).toList();
        return new LetterView(l.getId(), l.getTrackingNumber(), code, l.getCategory(), l.getSubject(), l.getBody(),
                l.getWriterName(), l.getWriterPhone(), l.getWriterEmail(), l.isMayPublish(), l.getStatus(),
                l.getDueBy(), LetterFlow.overdue(l.getStatus(), l.getDueBy(), today), l.getAssignee(), l.getAnswer(),
                l.isAnswerPublished(), l.getAnsweredAt(), l.getSatisfied(), l.getCreatedAt(), history,
                l.getVersion());
    }

    static int dueDays() {
        try {
            int days = Integer.parseInt(Settings.get("HARVEST_LETTER_DUE_DAYS", "5").strip());
            return days < 0 ? 5 : days;
        } catch (NumberFormatException e) {
            return 5;
        }
    }

    static int lettersPerHour() {
        try {
            return Integer.parseInt(Settings.get("HARVEST_LETTERS_PER_HOUR", "10").strip());
        } catch (NumberFormatException e) {
            return 10;
        }
    }
}
