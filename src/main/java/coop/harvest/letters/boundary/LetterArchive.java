package coop.harvest.letters.boundary;

import coop.harvest.letters.control.LetterFlow;
import coop.harvest.letters.control.Median;
import coop.harvest.letters.control.PublicText;
import coop.harvest.letters.entity.Letter;
import coop.harvest.letters.entity.LetterCategory;
import coop.harvest.platform.MarketDay;
import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import coop.harvest.platform.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * What everyone may read of the mailbox: the answers staff published (with the writer's consent), with phone
 * numbers and e-mail addresses masked even inside the text, and the year's figures.
 */
@Stateless
@PermitAll
public class LetterArchive {

    @PersistenceContext
    EntityManager em;

    /** Published answers, newest answer first. */
    public Page<PublicLetter> published(LetterCategory category, PageRequest page) {
        String where = " WHERE l.answerPublished = TRUE AND l.mayPublish = TRUE AND l.answeredAt IS NOT NULL"
                + (category == null ? "" : " AND l.category = :category");
        TypedQuery<Letter> select = em.createQuery("SELECT l FROM Letter l" + where
                + " ORDER BY l.answeredAt DESC, l.id DESC", Letter.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(l) FROM Letter l" + where, Long.class);
        if (category != null) {
            select.setParameter("category", category);
            count.setParameter("category", category);
        }
        List<PublicLetter> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                .stream().map(LetterArchive::published).toList();
        return page.page(items, count.getSingleResult());
    }

    static PublicLetter published(Letter l) {
        return new PublicLetter(l.getTrackingNumber(), l.getCategory(), PublicText.mask(l.getSubject()),
                PublicText.mask(l.getBody()), PublicText.mask(l.getAnswer()), l.getCreatedAt(), l.getAnsweredAt());
    }

    /** The figures of letters received in {@code year} (market time zone); the current year when null. */
    public LetterStats stats(Integer year) {
        ZoneId zone = MarketDay.zone();
        int y = year == null ? MarketDay.today().getYear() : year;
        if (y < 2000 || y > 2999) {
            throw ProblemException.invalid("year", "must be a year such as 2026");
        }
        Instant from = LocalDate.of(y, 1, 1).atStartOfDay(zone).toInstant();
        Instant to = LocalDate.of(y + 1, 1, 1).atStartOfDay(zone).toInstant();
        List<Letter> letters = em.createQuery("SELECT l FROM Letter l WHERE l.createdAt >= :from"
                        + " AND l.createdAt < :to", Letter.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        List<Integer> days = em.createQuery("SELECT l.workingDaysToAnswer FROM Letter l WHERE l.createdAt >= :from"
                        + " AND l.createdAt < :to AND l.workingDaysToAnswer IS NOT NULL", Integer.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        long onTime = em.createQuery("SELECT COUNT(l) FROM Letter l WHERE l.createdAt >= :from"
                        + " AND l.createdAt < :to AND l.answeredOnTime = TRUE", Long.class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        long answered = days.size();
        long satisfied = letters.stream().filter(l -> Boolean.TRUE.equals(l.getSatisfied())).count();
        long notSatisfied = letters.stream().filter(l -> Boolean.FALSE.equals(l.getSatisfied())).count();
        long open = letters.stream().filter(l -> LetterFlow.WAITING.contains(l.getStatus())).count();
        return new LetterStats(y, letters.size(), answered, onTime, Median.rate(onTime, answered),
                Median.of(days), satisfied, notSatisfied, open);
    }
}
