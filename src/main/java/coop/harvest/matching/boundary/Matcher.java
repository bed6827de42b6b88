package coop.harvest.matching.boundary;

import coop.harvest.platform.MarketDay;
import coop.harvest.demands.boundary.DemandBook;
import coop.harvest.demands.boundary.DemandRecord;
import coop.harvest.listings.boundary.ListingBook;
import coop.harvest.listings.boundary.ListingRecord;
import coop.harvest.listings.boundary.ListingStatus;
import coop.harvest.matching.control.Compatibility;
import coop.harvest.matching.control.DemandTerms;
import coop.harvest.matching.control.Fill;
import coop.harvest.matching.control.FillPlanner;
import coop.harvest.matching.control.ListingTerms;
import coop.harvest.matching.control.PriceTimePriority;
import coop.harvest.orders.boundary.HoardingGuard;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The matching engine's entry points. Both join the caller's transaction, so a demand or listing and the orders
 * matched for it commit together. Each takes the product lock first and then re-reads the rows, so what it plans
 * from cannot change under it on any instance; the reservations themselves are conditional updates.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Matcher {

    /** Offers read first: a demand is usually filled by its cheapest few, so most plans need no more. */
    static final int FIRST_OFFERS = 10;

    /** Offers read on each later round, when the first ones were not enough or not compatible. */
    static final int OFFER_PAGE = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    ProductLock productLock;

    @Inject
    OrderBook book;

    @Inject
    HoardingGuard hoarding;

    @Inject
    MatchingBook matchingBook;

    @Inject
    ListingBook listings;

    @Inject
    DemandBook demands;

    /** Fills a newly posted (or re-opened) demand from compatible ACTIVE listings. */
    public void matchDemand(long demandId) {
        em.flush();
        Optional<DemandRecord> demand = demands.find(demandId);
        if (demand.isEmpty()) {
            return;
        }
        productLock.lock(demand.get().product());
        fill(demandId, today());
    }

    /** Matches open demands against a listing that became ACTIVE or gained quantity, price or dates. */
    public void matchListing(long listingId) {
        em.flush();
        Optional<ListingRecord> found = listings.find(listingId);
        if (found.isEmpty()) {
            return;
        }
        productLock.lock(found.get().product());
        ListingRecord listing = listings.fresh(listingId).orElseThrow();
        if (listing.status() != ListingStatus.ACTIVE) {
            return;
        }
        LocalDate today = today();
        for (DemandTerms bid : PriceTimePriority.bids(matchingBook.openDemandsFor(listing, today))) {
            ListingTerms offer = matchingBook.terms(listing);
            if (Compatibility.compatible(offer, bid, today)) {
                fill(bid.id(), today);
                listing = listings.fresh(listingId).orElseThrow();
            }
        }
    }

    private void fill(long demandId, LocalDate today) {
        DemandRecord demand = demands.fresh(demandId).orElse(null);
        if (demand == null || !demand.open()) {
            return;
        }
        List<Fill> plan = plan(demand, today);
        if (plan.isEmpty()) {
            return;
        }
        // the listings' rows first, then the buyer's (the lock order of a direct order): an all-or-none plan needs
        // every listing, a partial one goes on with those still able to give their fill
        if (!demand.allowPartial() && !plan.stream().allMatch(f -> listings.hold(f.listingId(), f.quantity()))) {
            return;
        }
        if (demand.allowPartial()) {
            plan = plan.stream().filter(f -> listings.hold(f.listingId(), f.quantity())).toList();
        }
        // a demand is no way around the hoarding caps: fills that would take the buyer past one wait
        int fit = hoarding.admissible(demand.buyerId(), plan.stream()
                .map(f -> new HoardingGuard.Want(f.listingId(), f.quantity())).toList());
        if (fit < plan.size() && !demand.allowPartial()) {
            return;
        }
        plan = plan.subList(0, fit);
        if (plan.isEmpty()) {
            return;
        }
        for (Fill fill : plan) {
            book.create(fill.listingId(), demand.id(), demand.buyerId(), fill.quantity(), AuditLog.SYSTEM);
        }
        demands.resync(demand.id());
        for (Fill fill : plan) {
            listings.resync(fill.listingId());
        }
    }

    /**
     * The fills for a demand, reading offers page by page in price-time priority until the plan covers what the
     * demand still needs (later offers could only rank lower) or the offers run out: a few first, then
     * {@link #OFFER_PAGE} at a time.
     */
    private List<Fill> plan(DemandRecord demand, LocalDate today) {
        DemandTerms terms = matchingBook.terms(demand);
        List<ListingTerms> offers = new ArrayList<>();
        for (int first = 0, size = FIRST_OFFERS; ; first += size, size = OFFER_PAGE) {
            List<ListingTerms> page = matchingBook.offersFor(demand, first, size);
            offers.addAll(page);
            List<Fill> plan = FillPlanner.plan(terms, offers, today);
            BigDecimal planned = plan.stream().map(Fill::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (page.size() < size || planned.compareTo(terms.remaining()) >= 0) {
                return plan;
            }
        }
    }

    private LocalDate today() {
        return LocalDate.now(MarketDay.zone());
    }
}
