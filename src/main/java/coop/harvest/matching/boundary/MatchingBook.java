package coop.harvest.matching.boundary;

import coop.harvest.accounts.boundary.PartyDirectory;
import coop.harvest.demands.boundary.DemandBook;
import coop.harvest.demands.boundary.DemandRecord;
import coop.harvest.listings.boundary.ListingBook;
import coop.harvest.listings.boundary.ListingRecord;
import coop.harvest.listings.boundary.ListingStatus;
import coop.harvest.matching.control.DemandTerms;
import coop.harvest.matching.control.ListingTerms;
import coop.harvest.orders.boundary.OrderBook;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Reads the book for matching, fresh from the database, through the listings', demands' and accounts' boundaries,
 * as matching's own terms. The price and product predicates narrow the rows by index; the full rule is
 * {@code Compatibility}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class MatchingBook {

    @Inject
    ListingBook listings;

    @Inject
    DemandBook demands;

    @Inject
    PartyDirectory parties;

    @Inject
    OrderBook orders;

    /**
     * ACTIVE listings of the demand's product with something left at or below its maximum price, in price-time
     * priority, {@code max} of them from position {@code first}.
     */
    public List<ListingTerms> offersFor(DemandRecord demand, int first, int max) {
        List<ListingRecord> offers = listings.offers(demand.product(), demand.maxUnitPrice(), first, max);
        if (offers.isEmpty()) {
            return List.of();
        }
        Set<Long> suspended = parties.suspendedCooperatives(offers.stream().map(ListingRecord::cooperativeId).toList());
        return offers.stream().map(l -> terms(l, suspended.contains(l.cooperativeId()))).toList();
    }

    /** Open demands of the listing's product that accept its price and are still needed. */
    public List<DemandTerms> openDemandsFor(ListingRecord listing, LocalDate today) {
        List<DemandRecord> open = demands.openFor(listing.product(), listing.unitPrice(), today);
        Set<Long> blocked = parties.suspendedAccounts(open.stream().map(DemandRecord::buyerId).toList());
        return open.stream().map(d -> terms(d, blocked.contains(d.buyerId()))).toList();
    }

    public ListingTerms terms(ListingRecord listing) {
        return terms(listing, !parties.suspendedCooperatives(List.of(listing.cooperativeId())).isEmpty());
    }

    public DemandTerms terms(DemandRecord demand) {
        return terms(demand, !parties.suspendedAccounts(List.of(demand.buyerId())).isEmpty());
    }

    private static ListingTerms terms(ListingRecord l, boolean sellerSuspended) {
        return new ListingTerms(l.id(), l.product(), l.grade(), l.certifications(), l.unitPrice(), l.available(),
                l.minOrderQuantity(), l.availableFrom(), l.availableUntil(), l.status() == ListingStatus.ACTIVE,
                sellerSuspended, l.createdAt());
    }

    private DemandTerms terms(DemandRecord d, boolean buyerSuspended) {
        return new DemandTerms(d.id(), d.product(), d.minGrade(), d.certifications(), d.quantity(),
                d.filledQuantity(), d.maxUnitPrice(), d.neededBy(), d.allowPartial(), d.open(), buyerSuspended,
                orders.failedListings(d.id()), d.createdAt());
    }
}
