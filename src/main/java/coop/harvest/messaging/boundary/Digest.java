package coop.harvest.messaging.boundary;

import coop.harvest.market.boundary.Market;
import coop.harvest.market.boundary.ProductFigures;
import coop.harvest.messaging.control.Figures;
import coop.harvest.messaging.control.SmsTexts;
import coop.harvest.messaging.entity.Subscription;
import coop.harvest.messaging.entity.SubscriptionKind;
import coop.harvest.platform.Dates;
import coop.harvest.platform.MarketDay;
import coop.harvest.platform.SchemaMigrator;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The daily digest at HARVEST_DIGEST_TIME in the market time zone: one message per DAILY_PRICES subscription with
 * yesterday's figures and the book now. Every instance looks each minute; the first to insert the date's row in
 * SMS_DIGEST_RUN sends it, in the same transaction, so the digest goes once a day whatever the number of instances.
 * A server that was down at the time catches up within two hours, not later.
 */
@Stateless
@PermitAll
public class Digest {

    private static final Logger LOG = Logger.getLogger(Digest.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Digest self;

    @Inject
    Market market;

    @Inject
    Deliveries deliveries;

    @Inject
    SchemaMigrator schema;

    @Schedule(hour = "*", minute = "*", second = "5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void everyMinute() {
        ZonedDateTime now = MarketDay.now();
        LocalTime at = MessagingSettings.digestTime();
        LocalTime time = now.toLocalTime();
        if (time.isBefore(at) || time.isAfter(at.plusHours(2)) && at.isBefore(LocalTime.of(22, 0))
                || !schema.isMigrated() || alreadySent(now.toLocalDate())) {
            return;
        }
        try {
            int sent = self.send(now.toLocalDate());
            LOG.log(Level.INFO, "Daily digest of {0}: {1} messages", new Object[]{now.toLocalDate(), sent});
        } catch (RuntimeException anotherInstanceWasFirst) {
            LOG.log(Level.FINE, "Daily digest sent by another instance", anotherInstanceWasFirst);
        }
    }

    /** Claims the date and queues the digest for every DAILY_PRICES subscription; fails if the date is claimed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int send(LocalDate date) {
        em.createNativeQuery("INSERT INTO SMS_DIGEST_RUN (RUN_DATE, CLAIMED_BY, CLAIMED_AT) VALUES (?, ?, ?)")
                .setParameter(1, Date.valueOf(date)).setParameter(2, MessagingSettings.INSTANCE)
                .setParameter(3, Timestamp.from(Dates.now())).executeUpdate();
        Map<String, ProductFigures> figures = market.figures(date.minusDays(1)).stream()
                .collect(Collectors.toMap(ProductFigures::product, Function.identity()));
        int sent = 0;
        for (Subscription s : em.createQuery("SELECT s FROM Subscription s WHERE s.kind = :k", Subscription.class)
                .setParameter("k", SubscriptionKind.DAILY_PRICES).getResultList()) {
            List<ProductFigures> about = s.getProduct() == null ? traded(figures) : figures.containsKey(s.getProduct())
                    ? List.of(figures.get(s.getProduct())) : List.of();
            if (about.isEmpty()) {
                continue;
            }
            if (deliveries.deliver(s, l -> about.stream().map(f -> SmsTexts.digest(l, figures(f, l)))
                    .collect(Collectors.joining("\n")), "/market.xhtml", null)) {
                sent++;
            }
        }
        em.createNativeQuery("UPDATE SMS_DIGEST_RUN SET MESSAGES = ? WHERE RUN_DATE = ?").setParameter(1, sent)
                .setParameter(2, Date.valueOf(date)).executeUpdate();
        return sent;
    }

    private boolean alreadySent(LocalDate date) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM SMS_DIGEST_RUN WHERE RUN_DATE = ?")
                .setParameter(1, Date.valueOf(date)).getSingleResult()).longValue() > 0;
    }

    /** Without a product: the products that traded yesterday (a multi-part text when there are several). */
    private static List<ProductFigures> traded(Map<String, ProductFigures> figures) {
        return figures.values().stream().filter(f -> f.volume() != null && f.volume().signum() > 0)
                .sorted((a, b) -> a.product().compareTo(b.product())).toList();
    }

    static Figures figures(ProductFigures f, String language) {
        return new Figures(f.name(language), f.unit(), f.average(), f.low(), f.high(), f.volume(), f.bestAsk(),
                f.bestBid());
    }
}
