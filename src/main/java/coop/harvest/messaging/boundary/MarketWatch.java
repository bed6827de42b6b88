package coop.harvest.messaging.boundary;

import coop.harvest.vocabulary.Counties;
import coop.harvest.demands.boundary.DemandPosted;
import coop.harvest.listings.boundary.ListingActivated;
import coop.harvest.listings.boundary.ListingReplenished;
import coop.harvest.market.boundary.Market;
import coop.harvest.market.boundary.MarketQueries;
import coop.harvest.market.boundary.PostedTerms;
import coop.harvest.market.boundary.ProductLabel;
import coop.harvest.messaging.control.Crossing;
import coop.harvest.messaging.control.SmsTexts;
import coop.harvest.messaging.entity.Subscription;
import coop.harvest.messaging.entity.SubscriptionKind;
import coop.harvest.orders.boundary.OrderConfirmed;
import coop.harvest.platform.SchemaMigrator;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns market events into messages for subscribers, inside the transaction of the event (a rolled-back listing or
 * order leaves no message): new listings and demands for a product (and county), price alerts when the best ask
 * falls below a threshold or a trade is confirmed above one. Alerts fire once per crossing: the armed flag changes
 * by a conditional update, so two instances never send the same alert twice. A minute timer re-evaluates the asks
 * (listings sell out and expire without an event).
 */
@Stateless
@PermitAll
public class MarketWatch {

    private static final Logger LOG = Logger.getLogger(MarketWatch.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Market market;

    @Inject
    MarketQueries queries;

    @Inject
    Deliveries deliveries;

    @Inject
    SchemaMigrator schema;

    public void listingActivated(@Observes ListingActivated event) {
        List<Subscription> subscribers = matching(SubscriptionKind.NEW_LISTINGS, event.product(), event.county());
        if (!subscribers.isEmpty()) {
            queries.listingTerms(event.listingId()).ifPresent(terms -> tell(subscribers, terms, true,
                    "/listing.xhtml?id=" + event.listingId()));
        }
        checkAsk(event.product());
    }

    public void listingReplenished(@Observes ListingReplenished event) {
        checkAsk(event.product());
    }

    public void demandPosted(@Observes DemandPosted event) {
        List<Subscription> subscribers = matching(SubscriptionKind.NEW_DEMANDS, event.product(),
                event.deliveryCounty());
        if (!subscribers.isEmpty()) {
            queries.demandTerms(event.demandId()).ifPresent(terms -> tell(subscribers, terms, false,
                    "/demand.xhtml?id=" + event.demandId()));
        }
    }

    public void orderConfirmed(@Observes OrderConfirmed event) {
        List<Subscription> alerts = em.createQuery("SELECT s FROM Subscription s WHERE s.kind = :k "
                        + "AND s.product = :p AND s.above IS NOT NULL", Subscription.class)
                .setParameter("k", SubscriptionKind.PRICE_ALERT).setParameter("p", event.product()).getResultList();
        for (Subscription s : alerts) {
            cross(s, Crossing.Direction.ABOVE, event.unitPrice());
        }
    }

    /** Every minute: the asks of products with below-alerts, which change also when listings sell out or expire. */
    @Schedule(hour = "*", minute = "*", second = "30", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sweepAsks() {
        if (!schema.isMigrated()) {
            return;
        }
        try {
            for (String product : em.createQuery("SELECT DISTINCT s.product FROM Subscription s WHERE s.kind = :k "
                    + "AND s.below IS NOT NULL", String.class).setParameter("k", SubscriptionKind.PRICE_ALERT)
                    .getResultList()) {
                checkAsk(product);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Price alert sweep failed; the next minute retries", e);
        }
    }

    /** Evaluates the below-alerts of one product against its best ask now. */
    void checkAsk(String product) {
        List<Subscription> alerts = em.createQuery("SELECT s FROM Subscription s WHERE s.kind = :k "
                        + "AND s.product = :p AND s.below IS NOT NULL", Subscription.class)
                .setParameter("k", SubscriptionKind.PRICE_ALERT).setParameter("p", product).getResultList();
        if (alerts.isEmpty()) {
            return;
        }
        BigDecimal ask = market.bestAsk(product).orElse(null);
        for (Subscription s : alerts) {
            cross(s, Crossing.Direction.BELOW, ask);
        }
    }

    private void cross(Subscription s, Crossing.Direction direction, BigDecimal price) {
        boolean below = direction == Crossing.Direction.BELOW;
        boolean armed = below ? s.isBelowArmed() : s.isAboveArmed();
        BigDecimal threshold = below ? s.getBelow() : s.getAbove();
        Crossing.Outcome outcome = Crossing.evaluate(direction, armed, price, threshold);
        if (outcome.armed() == armed) {
            return;
        }
        String column = below ? "BELOW_ARMED" : "ABOVE_ARMED";
        int changed = em.createNativeQuery("UPDATE SUBSCRIPTION SET " + column + " = ?, VERSION = VERSION + 1 "
                        + "WHERE ID = ? AND " + column + " = ?")
                .setParameter(1, outcome.armed()).setParameter(2, s.getId()).setParameter(3, armed).executeUpdate();
        if (changed == 1 && outcome.fire()) {
            Optional<ProductLabel> label = label(s.getProduct());
            String unit = label.map(ProductLabel::unit).orElse("kg");
            deliveries.deliver(s, l -> below
                    ? SmsTexts.priceBelow(l, name(label, s.getProduct(), l), price, unit, threshold)
                    : SmsTexts.priceAbove(l, name(label, s.getProduct(), l), price, unit, threshold),
                    "/market.xhtml", null);
        }
    }

    private void tell(List<Subscription> subscribers, PostedTerms terms, boolean listing, String link) {
        Optional<ProductLabel> label = label(terms.product());
        String unit = label.map(ProductLabel::unit).orElse("kg");
        for (Subscription s : subscribers) {
            deliveries.deliver(s, l -> {
                String name = name(label, terms.product(), l);
                String county = Counties.displayName(terms.county(), l);
                return listing ? SmsTexts.newListing(l, name, terms.price(), unit, county, terms.quantity())
                        : SmsTexts.newDemand(l, name, terms.price(), unit, county, terms.quantity());
            }, link, null);
        }
    }

    private List<Subscription> matching(SubscriptionKind kind, String product, String county) {
        return em.createQuery("SELECT s FROM Subscription s WHERE s.kind = :k AND (s.product IS NULL OR "
                        + "s.product = :p) AND (s.county IS NULL OR s.county = :c)", Subscription.class)
                .setParameter("k", kind).setParameter("p", product).setParameter("c", county).getResultList();
    }

    private Optional<ProductLabel> label(String product) {
        return market.labels().stream().filter(p -> p.code().equals(product)).findFirst();
    }

    private static String name(Optional<ProductLabel> label, String code, String language) {
        return label.map(p -> p.name(language)).orElse(code);
    }
}
