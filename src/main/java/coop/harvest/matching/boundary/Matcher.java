package coop.harvest.matching.boundary;

import coop.harvest.demands.entity.Demand;
import coop.harvest.demands.boundary.DemandStatus;
import coop.harvest.listings.entity.Listing;
import coop.harvest.listings.boundary.ListingStatus;
import coop.harvest.matching.control.Compatibility;
import coop.harvest.matching.control.DemandTerms;
import coop.harvest.matching.control.Fill;
import coop.harvest.matching.control.FillPlanner;
import coop.harvest.matching.control.ListingTerms;
import coop.harvest.matching.control.PriceTimePriority;
import coop.harvest.orders.boundary.OrderBook;
import coop.harvest.audit.boundary.AuditLog;
import coop.harvest.catalog.boundary.ProductLock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The matching engine's entry points. Both join the caller's transaction, so a demand or listing and the orders
 * matched for it commit together. Each takes the product lock first and then re-reads the rows, so what it plans
 * from cannot change under it on any instance; the reservations themselves are conditional updates.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Matcher {

    static final int OFFER_PAGE = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    ProductLock productLock;

    @Inject
    OrderBook book;

    @Inject
    MatchingBook matchingBook;

    @Inject
    @ConfigProperty(name = "HARVEST_TIMEZONE", defaultValue = "Asia/Shanghai")
    String timezone;

    /** Fills a newly posted (or re-opened) demand from compatible ACTIVE listings. */
    public void matchDemand(long demandId) {
        em.flush();
        Demand demand = em.find(Demand.class, demandId);
        if (demand == null) {
            return;
        }
        productLock.lock(demand.getProduct());
        fill(demand, today());
    }

    /** Matches open demands against a listing that became ACTIVE or gained quantity, price or dates. */
    public void matchListing(long listingId) {
        em.flush();
        Listing listing = em.find(Listing.class, listingId);
        if (listing == null) {
            return;
        }
        productLock.lock(listing.getProduct());
        em.refresh(listing);
        if (listing.getStatus() != ListingStatus.ACTIVE) {
            return;
        }
        LocalDate today = today();
        for (DemandTerms bid : PriceTimePriority.bids(matchingBook.openDemandsFor(listing, today))) {
            ListingTerms offer = matchingBook.terms(listing);
            if (Compatibility.compatible(offer, bid, today)) {
                fill(em.find(Demand.class, bid.id()), today);
                em.refresh(listing);
            }
        }
    }

    private void fill(Demand demand, LocalDate today) {
        em.refresh(demand);
        if (demand.getStatus() != DemandStatus.OPEN && demand.getStatus() != DemandStatus.PARTIALLY_FILLED) {
            return;
        }
        List<Fill> plan = plan(demand, today);
        if (plan.isEmpty()) {
            return;
        }
        if (!demand.isAllowPartial() && !plan.stream().allMatch(f -> book.hold(f.listingId(), f.quantity()))) {
            return;
        }
        for (Fill fill : plan) {
            book.create(fill.listingId(), demand.getId(), demand.getBuyerId(), fill.quantity(), AuditLog.SYSTEM);
        }
        em.refresh(demand);
        for (Fill fill : plan) {
            Listing touched = em.find(Listing.class, fill.listingId());
            if (touched != null) {
                em.refresh(touched);
            }
        }
    }

    /**
     * The fills for a demand, reading offers page by page in price-time priority until the plan covers what the
     * demand still needs (later offers could only rank lower) or the offers run out.
     */
    private List<Fill> plan(Demand demand, LocalDate today) {
        DemandTerms terms = matchingBook.terms(demand);
        List<ListingTerms> offers = new ArrayList<>();
        for (int first = 0; ; first += OFFER_PAGE) {
            List<ListingTerms> page = matchingBook.offersFor(demand, first, OFFER_PAGE);
            offers.addAll(page);
            List<Fill> plan = FillPlanner.plan(terms, offers, today);
            BigDecimal planned = plan.stream().map(Fill::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (page.size() < OFFER_PAGE || planned.compareTo(terms.remaining()) >= 0) {
                return plan;
            }
        }
    }

    private LocalDate today() {
        return LocalDate.now(ZoneId.of(timezone));
    }
}
