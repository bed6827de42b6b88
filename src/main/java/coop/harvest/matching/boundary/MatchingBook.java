package coop.harvest.matching.boundary;

import coop.harvest.demands.entity.Demand;
import coop.harvest.demands.boundary.DemandStatus;
import coop.harvest.listings.entity.Listing;
import coop.harvest.listings.boundary.ListingStatus;
import coop.harvest.matching.control.DemandTerms;
import coop.harvest.matching.control.ListingTerms;
import coop.harvest.orders.boundary.OrderBook;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the book for matching, fresh from the database (query results refresh entities already in the persistence
 * context, which earlier SQL updates of this transaction may have made stale). The price and product predicates
 * narrow the rows by index; the full rule is {@code Compatibility}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class MatchingBook {

    private static final String REFRESH = "eclipselink.refresh";

    @PersistenceContext
    EntityManager em;

    @Inject
    OrderBook orders;

    /**
     * ACTIVE listings of the demand's product with something left at or below its maximum price, in price-time
     * priority, {@code max} of them from position {@code first}: a product may have tens of thousands of offers,
     * and a demand is usually filled by the first few.
     */
    public List<ListingTerms> offersFor(Demand demand, int first, int max) {
        // ids in index order (the hint keeps Derby from sorting every offer of the product when its statistics
        // are stale; it is an SQL comment that other databases ignore), then the page's listings, fresh
        List<?> ids = em.createNativeQuery("SELECT l.ID FROM LISTING l --DERBY-PROPERTIES index=LISTING_OFFER_ORDER\n"
                        + " WHERE l.PRODUCT_CODE = ? AND l.STATUS = 'ACTIVE' AND l.AVAILABLE > 0 AND l.UNIT_PRICE <= ?"
                        + " ORDER BY l.UNIT_PRICE, l.CREATED_AT, l.ID OFFSET " + first + " ROWS FETCH NEXT " + max
                        + " ROWS ONLY")
                .setParameter(1, demand.getProduct()).setParameter(2, demand.getMaxUnitPrice()).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> order = ids.stream().map(id -> ((Number) id).longValue()).toList();
        Map<Long, Listing> byId = new HashMap<>();
        em.createQuery("SELECT l FROM Listing l WHERE l.id IN :ids", Listing.class).setParameter("ids", order)
                .setHint(REFRESH, true).getResultStream().forEach(l -> byId.put(l.getId(), l));
        List<Listing> listings = order.stream().map(byId::get).filter(Objects::nonNull).toList();
        Set<Long> suspended = suspendedCooperatives(listings.stream().map(Listing::getCooperativeId).toList());
        return listings.stream().map(l -> terms(l, suspended.contains(l.getCooperativeId()))).toList();
    }

    /** Open demands of the listing's product that accept its price and are still needed. */
    public List<DemandTerms> openDemandsFor(Listing listing, LocalDate today) {
        List<Demand> demands = em.createQuery("SELECT d FROM Demand d WHERE d.product = :p AND d.status IN :open "
                        + "AND d.maxUnitPrice >= :price AND d.neededBy >= :today", Demand.class)
                .setParameter("p", listing.getProduct())
                .setParameter("open", List.of(DemandStatus.OPEN, DemandStatus.PARTIALLY_FILLED))
                .setParameter("price", listing.getUnitPrice()).setParameter("today", today)
                .setHint(REFRESH, true).getResultList();
        Set<Long> blocked = suspendedBuyers(demands.stream().map(Demand::getBuyerId).toList());
        return demands.stream().map(d -> terms(d, blocked.contains(d.getBuyerId()))).toList();
    }

    public ListingTerms terms(Listing listing) {
        return terms(listing, !suspendedCooperatives(List.of(listing.getCooperativeId())).isEmpty());
    }

    public DemandTerms terms(Demand demand) {
        return terms(demand, !suspendedBuyers(List.of(demand.getBuyerId())).isEmpty());
    }

    private static ListingTerms terms(Listing l, boolean sellerSuspended) {
        return new ListingTerms(l.getId(), l.getProduct(), l.getGrade(), l.getCertifications(), l.getUnitPrice(),
                l.getAvailable(), l.getMinOrderQuantity(), l.getAvailableFrom(), l.getAvailableUntil(),
                l.getStatus() == ListingStatus.ACTIVE, sellerSuspended, l.getCreatedAt());
    }

    private DemandTerms terms(Demand d, boolean buyerSuspended) {
        boolean open = d.getStatus() == DemandStatus.OPEN || d.getStatus() == DemandStatus.PARTIALLY_FILLED;
        return new DemandTerms(d.getId(), d.getProduct(), d.getMinGrade(), d.getCertifications(), d.getQuantity(),
                d.getFilledQuantity(), d.getMaxUnitPrice(), d.getNeededBy(), d.isAllowPartial(), open,
                buyerSuspended, orders.failedListings(d.getId()), d.getCreatedAt());
    }

    private Set<Long> suspendedCooperatives(List<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT c.id FROM Cooperative c WHERE c.suspended = TRUE AND c.id IN :ids",
                Long.class).setParameter("ids", ids).getResultList());
    }

    private Set<Long> suspendedBuyers(List<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT a.id FROM Account a WHERE a.suspended = TRUE AND a.id IN :ids",
                Long.class).setParameter("ids", ids).getResultList());
    }

}
