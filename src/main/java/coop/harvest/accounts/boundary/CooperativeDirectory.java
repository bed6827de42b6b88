package coop.harvest.accounts.boundary;

import coop.harvest.accounts.entity.Cooperative;
import coop.harvest.vocabulary.Counties;
import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import coop.harvest.platform.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Cooperatives: public profiles with their activity counts. The state changes the bureau decides are
 * {@link CooperativeStanding}.
 */
@Stateless
@PermitAll
public class CooperativeDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    public Page<CooperativeView> list(String county, Boolean verified, PageRequest page) {
        Optional<String> canonicalCounty = county == null ? Optional.empty() : Counties.canonical(county);
        if (county != null && canonicalCounty.isEmpty()) {
            throw ProblemException.invalid("county", "must be a county of Huaihua");
        }
        boolean staff = currentUser.caller().map(Caller::isStaff).orElse(false);
        StringBuilder where = new StringBuilder(" WHERE c.id IS NOT NULL");
        Map<String, Object> params = new HashMap<>();
        if (!staff) {
            where.append(" AND c.suspended = :suspended");
            params.put("suspended", Boolean.FALSE);
        }
        canonicalCounty.ifPresent(c -> {
            where.append(" AND c.county = :county");
            params.put("county", c);
        });
        if (verified != null) {
            where.append(" AND c.verified = :verified");
            params.put("verified", verified);
        }
        TypedQuery<Cooperative> query = em.createQuery("SELECT c FROM Cooperative c" + where + " ORDER BY c.id",
                Cooperative.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM Cooperative c" + where, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<CooperativeView> items = views(query.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList());
        return page.page(items, count.getSingleResult());
    }

    /** One profile; a suspended cooperative is visible to staff only. */
    public CooperativeView get(long id) {
        Cooperative cooperative = em.find(Cooperative.class, id);
        boolean staff = currentUser.caller().map(Caller::isStaff).orElse(false);
        if (cooperative == null || cooperative.isSuspended() && !staff
                && !currentUser.caller().map(c -> c.ownsCooperative(id)).orElse(false)) {
            throw ProblemException.notFound("Cooperative " + id);
        }
        return view(cooperative);
    }

    /** Unverified, unsuspended cooperatives, oldest first (the moderation queue). */
    public List<CooperativeView> awaitingVerification(int limit) {
        return views(em.createQuery("SELECT c FROM Cooperative c WHERE c.verified = :no AND c.suspended = :no "
                        + "ORDER BY c.createdAt, c.id", Cooperative.class)
                .setParameter("no", Boolean.FALSE)
                .setMaxResults(limit).getResultList());
    }

    /** One page of {@link #awaitingVerification(int)}, for the bureau desk's paged table. */
    public List<CooperativeView> awaitingVerification(PageRequest page) {
        return em.createQuery("SELECT c FROM Cooperative c WHERE c.verified = :no AND c.suspended = :no "
                        + "ORDER BY c.createdAt, c.id", Cooperative.class)
                .setParameter("no", Boolean.FALSE).setFirstResult(page.offset())
                .setMaxResults(page.size()).getResultList().stream().map(this::view).toList();
    }

    public long countAwaitingVerification() {
        return em.createQuery("SELECT COUNT(c) FROM Cooperative c WHERE c.verified = :no AND c.suspended = :no",
                Long.class).setParameter("no", Boolean.FALSE).getSingleResult();
    }

    /** A cooperative's profile whatever its standing, as the caller may see its details (for the standing changes). */
    public CooperativeView viewOf(long id) {
        Cooperative cooperative = em.find(Cooperative.class, id);
        if (cooperative == null) {
            throw ProblemException.notFound("Cooperative " + id);
        }
        return view(cooperative);
    }

    private CooperativeView view(Cooperative c) {
        return views(List.of(c)).get(0);
    }

    private List<CooperativeView> views(List<Cooperative> cooperatives) {
        Optional<Caller> caller = currentUser.caller();
        boolean staff = caller.map(Caller::isStaff).orElse(false);
        Map<Long, Activity> activity = activity(cooperatives.stream().map(Cooperative::getId).toList());
        return cooperatives.stream().map(c -> {
            boolean privileged = staff || caller.map(x -> x.ownsCooperative(c.getId())).orElse(false);
            Activity counted = activity.getOrDefault(c.getId(), Activity.NONE);
            return new CooperativeView(c.getId(), c.getName(), c.getCounty(), c.isVerified(), c.getVerifiedAt(),
                    counted.activeListings(), counted.completedOrders(),
                    privileged ? c.getRegistrationNumber() : null, staff ? c.isSuspended() : null, c.getVersion(),
                    RatingView.of(c.getRatingSum(), c.getRatingCount()));
        }).toList();
    }

    private record Activity(long activeListings, long completedOrders) {
        static final Activity NONE = new Activity(0, 0);
    }

    /** Both counts of a whole page of cooperatives in one round trip (kind 0: active listings, 1: completed orders). */
    private Map<Long, Activity> activity(List<Long> ids) {
        Map<Long, Activity> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        String in = ids.stream().map(id -> "?").collect(Collectors.joining(",", "(", ")"));
        Query query = em.createNativeQuery("SELECT COOPERATIVE_ID, 0, COUNT(*) FROM LISTING "
                + "WHERE STATUS = 'ACTIVE' AND COOPERATIVE_ID IN " + in + " GROUP BY COOPERATIVE_ID UNION ALL "
                + "SELECT COOPERATIVE_ID, 1, COUNT(*) FROM PURCHASE_ORDER "
                + "WHERE STATUS = 'COMPLETED' AND COOPERATIVE_ID IN " + in + " GROUP BY COOPERATIVE_ID");
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i));
            query.setParameter(ids.size() + i + 1, ids.get(i));
        }
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            long count = ((Number) r[2]).longValue();
            Activity before = found.getOrDefault(id, Activity.NONE);
            found.put(id, ((Number) r[1]).intValue() == 0 ? new Activity(count, before.completedOrders())
                    : new Activity(before.activeListings(), count));
        }
        return found;
    }
}
