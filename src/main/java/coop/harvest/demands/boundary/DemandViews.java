package coop.harvest.demands.boundary;

import coop.harvest.accounts.boundary.PartyDirectory;
import coop.harvest.accounts.boundary.Caller;
import coop.harvest.demands.control.DemandLifecycle;
import coop.harvest.demands.entity.Demand;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Builds demand views (buyer names and order ids read per page through SQL) and decides who may see a demand. */
final class DemandViews {

    /** What a demand needs to know of its buyer. */
    record BuyerInfo(long id, String name, boolean suspended) {
    }

    private DemandViews() {
    }

    static Map<Long, BuyerInfo> buyers(PartyDirectory parties, Collection<Long> ids) {
        Map<Long, BuyerInfo> found = new HashMap<>();
        parties.accounts(ids).forEach((id, a) -> found.put(id, new BuyerInfo(id, a.publicName(), a.suspended())));
        return found;
    }

    static BuyerInfo buyer(PartyDirectory parties, long id) {
        return buyers(parties, List.of(id)).get(id);
    }

    static Map<Long, List<Long>> orderIds(EntityManager em, Collection<Long> demandIds) {
        Map<Long, List<Long>> found = new HashMap<>();
        for (Object row : in(em, "SELECT DEMAND_ID, ID FROM PURCHASE_ORDER WHERE DEMAND_ID IN ", demandIds)) {
            Object[] r = (Object[]) row;
            found.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(((Number) r[1]).longValue());
        }
        found.values().forEach(list -> list.sort(null));
        return found;
    }

    static boolean visible(Demand demand, BuyerInfo buyer, Optional<Caller> caller, LocalDate today) {
        if (caller.map(c -> c.isStaff() || c.accountId() == demand.getBuyerId()).orElse(false)) {
            return true;
        }
        return !buyer.suspended() && DemandLifecycle.OPEN.contains(
                DemandLifecycle.effective(demand.getStatus(), demand.getNeededBy(), today));
    }

    static List<DemandView> views(EntityManager em, PartyDirectory parties, List<Demand> demands, LocalDate today) {
        List<Long> ids = demands.stream().map(Demand::getId).toList();
        Map<Long, BuyerInfo> buyers = buyers(parties, demands.stream().map(Demand::getBuyerId).toList());
        Map<Long, List<Long>> orders = orderIds(em, ids);
        return demands.stream().map(d -> view(d, buyers.get(d.getBuyerId()),
                orders.getOrDefault(d.getId(), List.of()), today)).toList();
    }

    static DemandView view(EntityManager em, PartyDirectory parties, Demand demand, LocalDate today) {
        return views(em, parties, List.of(demand), today).get(0);
    }

    private static DemandView view(Demand d, BuyerInfo buyer, List<Long> orderIds, LocalDate today) {
        return new DemandView(d.getId(), new DemandView.BuyerRef(buyer.id(), buyer.name()), d.getProduct(),
                d.getMinGrade(), d.getCertifications().asList(), quantity(d.getQuantity()),
                quantity(d.getFilledQuantity()), d.getMaxUnitPrice().setScale(2, RoundingMode.UNNECESSARY),
                d.getDeliveryCounty(), d.getNeededBy(), d.isAllowPartial(),
                DemandLifecycle.effective(d.getStatus(), d.getNeededBy(), today), orderIds, d.getCreatedAt(),
                d.getVersion());
    }

    private static BigDecimal quantity(BigDecimal value) {
        return value.setScale(3, RoundingMode.UNNECESSARY);
    }

    private static List<?> in(EntityManager em, String sql, Collection<Long> ids) {
        List<Long> distinct = ids.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery(sql + distinct.stream().map(id -> "?")
                .collect(Collectors.joining(",", "(", ")")));
        for (int i = 0; i < distinct.size(); i++) {
            query.setParameter(i + 1, distinct.get(i));
        }
        return query.getResultList();
    }
}
