package coop.harvest.orders.boundary;

import coop.harvest.listings.boundary.ListingQueries;
import coop.harvest.listings.boundary.ListingQuery;
import coop.harvest.listings.boundary.ListingStatus;
import coop.harvest.listings.boundary.ListingView;
import coop.harvest.orders.entity.OrderEvent;
import coop.harvest.orders.entity.OrderStatus;
import coop.harvest.orders.entity.PurchaseOrder;
import coop.harvest.platform.DataVersion;
import coop.harvest.platform.Dates;
import coop.harvest.platform.MarketDay;
import coop.harvest.platform.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data only (called once by demo.DemoData, never by a resource, and refused outside HARVEST_DEMO=true): a
 * trading history of the last 60 market days behind the demo's live listings, so that a first visit sees market
 * figures, price charts and cooperatives with completed sales. No service creates trades in the past, so the
 * orders are written here, where the order table is owned; the listings' quantities are left alone (the history is
 * of earlier lots of the same produce). Prices wander a few per cent around each listing's price; the last days'
 * trades are still confirmed or shipped, the older ones completed.
 */
@Stateless
@PermitAll
public class TradeHistoryDemo {

    static final int DAYS = 60;
    private static final String ACTOR = "system";
    private static final Logger LOG = Logger.getLogger(TradeHistoryDemo.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ListingQueries listings;

    @Inject
    @ConfigProperty(name = "HARVEST_DEMO", defaultValue = "false")
    boolean demo;

    /** Records the history on today's active listings, bought by these buyers; answers how many trades. */
    public int load(List<Long> buyerIds) {
        if (!demo || buyerIds.isEmpty()) {
            throw new IllegalStateException("the trade history is demo data: HARVEST_DEMO=true only");
        }
        List<ListingView> live = listings.search(new ListingQuery(null, null, Set.of(), null, null, null, null,
                ListingStatus.ACTIVE, ListingQuery.Sort.NEWEST), PageRequest.of(0, 100)).items();
        Random random = new Random(2026);
        ZoneId zone = MarketDay.zone();
        LocalDate today = MarketDay.today();
        Instant now = Dates.now();
        long start = System.nanoTime();
        List<Trade> trades = new ArrayList<>();
        for (int daysAgo = DAYS; daysAgo >= 1; daysAgo--) {
            LocalDate day = today.minusDays(daysAgo);
            for (ListingView listing : live) {
                if (random.nextInt(100) >= 55) {
                    continue;
                }
                Instant created = day.atTime(7 + random.nextInt(10), random.nextInt(60)).atZone(zone).toInstant();
                trades.add(trade(listing, buyerIds.get(random.nextInt(buyerIds.size())), quantity(listing, random),
                        price(listing, daysAgo, random), created, random, now));
            }
        }
        // the orders first and one flush for their ids, then their histories: no flush per order
        trades.forEach(t -> em.persist(t.order()));
        em.flush();
        for (Trade trade : trades) {
            for (OrderEvent event : trade.events(trade.order().getId())) {
                em.persist(event);
            }
        }
        em.flush();
        DataVersion.changing();
        int count = trades.size();
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.info(() -> String.format("Demo trade history: %d trades over %d days in %d ms", count, DAYS, millis));
        return count;
    }

    /** An order and the moments it moved on; the events are made once the order has its id. */
    private record Trade(PurchaseOrder order, List<Step> steps) {

        List<OrderEvent> events(long orderId) {
            return steps.stream().map(s -> new OrderEvent(orderId, s.status(), s.at(), ACTOR, null)).toList();
        }
    }

    private record Step(OrderStatus status, Instant at) {
    }

    private static Trade trade(ListingView listing, long buyerId, BigDecimal quantity, BigDecimal price,
                               Instant created, Random random, Instant now) {
        PurchaseOrder order = new PurchaseOrder(listing.id(), null, buyerId, listing.cooperative().id(),
                listing.product(), quantity, price, created, created.plus(Duration.ofHours(48)));
        Instant confirmed = created.plus(Duration.ofMinutes(15 + random.nextInt(240)));
        Instant shipped = confirmed.plus(Duration.ofHours(4 + random.nextInt(30)));
        Instant completed = shipped.plus(Duration.ofHours(20 + random.nextInt(60)));
        List<Step> steps = new ArrayList<>(List.of(new Step(OrderStatus.PENDING_CONFIRMATION, created),
                new Step(OrderStatus.CONFIRMED, confirmed)));
        order.moveTo(OrderStatus.CONFIRMED, confirmed);
        if (shipped.isBefore(now)) {
            order.moveTo(OrderStatus.SHIPPED, shipped);
            steps.add(new Step(OrderStatus.SHIPPED, shipped));
        }
        if (completed.isBefore(now)) {
            order.moveTo(OrderStatus.COMPLETED, completed);
            steps.add(new Step(OrderStatus.COMPLETED, completed));
        }
        return new Trade(order, steps);
    }

    /** One to five times the listing's minimum order. */
    private static BigDecimal quantity(ListingView listing, Random random) {
        return listing.minOrderQuantity().multiply(BigDecimal.valueOf(1 + random.nextInt(5)));
    }

    /** The listing's price, a little lower two months ago, with a slow wave and a few per cent of noise. */
    static BigDecimal price(ListingView listing, int daysAgo, Random random) {
        double trend = -0.05 * daysAgo / DAYS;
        double wave = 0.04 * Math.sin(daysAgo / 7.0 + listing.id());
        double noise = (random.nextDouble() - 0.5) * 0.05;
        return listing.unitPrice().multiply(BigDecimal.valueOf(1 + trend + wave + noise))
                .setScale(2, RoundingMode.HALF_UP);
    }
}
