package coop.harvest.listings.boundary;

import coop.harvest.accounts.boundary.Caller;
import coop.harvest.listings.control.ListingLifecycle;
import coop.harvest.listings.entity.Listing;
import coop.harvest.listings.boundary.ListingStatus;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns listings into views and decides who may see one. Cooperative names and flags are read in one query per
 * page through SQL, so listings need no mapping onto the accounts component's entities.
 */
final class ListingViews {

    /** What a listing needs to know of its cooperative. */
    record CooperativeInfo(long id, String name, boolean verified, boolean suspended) {
    }

    private ListingViews() {
    }

    static Map<Long, CooperativeInfo> cooperatives(EntityManager em, Collection<Long> ids) {
        Map<Long, CooperativeInfo> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        String marks = ids.stream().distinct().map(id -> "?").collect(Collectors.joining(","));
        var query = em.createNativeQuery("SELECT ID, NAME, VERIFIED, SUSPENDED FROM COOPERATIVE WHERE ID IN ("
                + marks + ")");
        int i = 1;
        for (Long id : ids.stream().distinct().toList()) {
            query.setParameter(i++, id);
        }
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            found.put(id, new CooperativeInfo(id, (String) r[1], Boolean.TRUE.equals(r[2]), Boolean.TRUE.equals(r[3])));
        }
        return found;
    }

    static CooperativeInfo cooperative(EntityManager em, long id) {
        return cooperatives(em, List.of(id)).get(id);
    }

    static boolean visible(Listing listing, CooperativeInfo cooperative, Optional<Caller> caller, LocalDate today) {
        if (caller.map(Caller::isStaff).orElse(false)
                || caller.map(c -> c.ownsCooperative(listing.getCooperativeId())).orElse(false)) {
            return true;
        }
        ListingStatus status = ListingLifecycle.effective(listing.getStatus(), listing.getAvailableUntil(), today);
        return !cooperative.suspended() && ListingLifecycle.PUBLIC.contains(status);
    }

    static ListingView view(Listing l, CooperativeInfo c, LocalDate today) {
        return new ListingView(l.getId(), new ListingView.CooperativeRef(c.id(), c.name(), c.verified()),
                l.getProduct(), l.getGrade(), l.getCertifications().asList(),
                quantity(l.getQuantity()), quantity(l.getAvailable()), quantity(l.getMinOrderQuantity()),
                l.getUnitPrice().setScale(2, RoundingMode.UNNECESSARY), l.getCounty(), l.getAvailableFrom(),
                l.getAvailableUntil(), l.getDescription(),
                ListingLifecycle.effective(l.getStatus(), l.getAvailableUntil(), today), l.getCreatedAt(),
                l.getVersion());
    }

    static List<ListingView> views(EntityManager em, List<Listing> listings, LocalDate today) {
        Map<Long, CooperativeInfo> cooperatives = cooperatives(em,
                listings.stream().map(Listing::getCooperativeId).toList());
        return listings.stream().map(l -> view(l, cooperatives.get(l.getCooperativeId()), today)).toList();
    }

    private static BigDecimal quantity(BigDecimal value) {
        return value.setScale(3, RoundingMode.UNNECESSARY);
    }
}
