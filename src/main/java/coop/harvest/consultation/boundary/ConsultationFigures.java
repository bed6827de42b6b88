package coop.harvest.consultation.boundary;

import coop.harvest.consultation.control.QuestionFigures;
import coop.harvest.consultation.entity.Channel;
import coop.harvest.consultation.entity.QuestionStatus;
import coop.harvest.platform.MarketDay;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A year's figures: asked, answered, resolved, the median wait for a first answer, by channel and by crop. */
@Stateless
@PermitAll
public class ConsultationFigures {

    @PersistenceContext
    EntityManager em;

    /** The figures of questions created in that calendar year of the market time zone. */
    public QuestionStats year(int year) {
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(MarketDay.zone()).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(MarketDay.zone()).toInstant();
        List<Object[]> rows = em.createQuery("SELECT q.product, q.channel, q.status, q.createdAt, q.firstAnswerAt "
                + "FROM Question q WHERE q.createdAt >= :from AND q.createdAt < :to", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        long answered = 0;
        long resolved = 0;
        List<Duration> waits = new ArrayList<>();
        Map<String, Long> byChannel = new LinkedHashMap<>();
        for (Channel c : Channel.values()) {
            byChannel.put(c.name(), 0L);
        }
        Map<String, long[]> byProduct = new TreeMap<>();
        for (Object[] row : rows) {
            Instant created = (Instant) row[3];
            Instant first = (Instant) row[4];
            byChannel.merge(((Channel) row[1]).name(), 1L, Long::sum);
            long[] figures = byProduct.computeIfAbsent((String) row[0], k -> new long[2]);
            figures[0]++;
            if (first != null) {
                answered++;
                figures[1]++;
                waits.add(Duration.between(created, first));
            }
            if (row[2] == QuestionStatus.RESOLVED) {
                resolved++;
            }
        }
        List<QuestionStats.ProductFigures> products = byProduct.entrySet().stream()
                .map(e -> new QuestionStats.ProductFigures(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted((a, b) -> Long.compare(b.asked(), a.asked())).toList();
        return new QuestionStats(rows.size(), answered, resolved, QuestionFigures.medianHours(waits), byChannel,
                products);
    }
}
