package coop.harvest.market.boundary;

import coop.harvest.accounts.boundary.AccountRelations;
import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.market.control.PriceOutliers;
import coop.harvest.market.control.Trade;
import coop.harvest.orders.boundary.OrderConfirmed;
import coop.harvest.audit.boundary.AuditLog;
import coop.harvest.platform.DataVersion;
import coop.harvest.platform.Dates;
import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import coop.harvest.platform.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the published market figures robust. When a spot order is confirmed (in that transaction): a trade between a
 * buyer and a cooperative that share contact details or that staff linked is not a market trade (SELF_DEALT,
 * excluded); a trade whose price is far outside the product's recent prices ({@link PriceOutliers}) is held back
 * (OUTLIER) until staff accept it. Staff may also exclude any trade with a reason. Every staff decision is audited.
 */
@Stateless
@PermitAll
public class TradeIntegrity {

    /** Reference prices: the product's market trades of the last 30 days, topped up with today's asks. */
    static final Duration REFERENCE_WINDOW = Duration.ofDays(30);
    private static final int MAX_REFERENCES = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountRelations relations;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    /** Reviews a trade as its order is confirmed. */
    public void onConfirmed(@Observes OrderConfirmed confirmed) {
        List<?> rows = em.createNativeQuery("SELECT BUYER_ID, COOPERATIVE_ID, LISTING_ID FROM PURCHASE_ORDER "
                + "WHERE ID = ?").setParameter(1, confirmed.orderId()).getResultList();
        if (rows.isEmpty()) {
            return;
        }
        Object[] order = (Object[]) rows.get(0);
        long buyer = ((Number) order[0]).longValue();
        long cooperative = ((Number) order[1]).longValue();
        if (relations.related(buyer, cooperative)) {
            insert(confirmed, "SELF_DEALT", "EXCLUDED", "buyer and cooperative share contact details or are linked");
            return;
        }
        List<BigDecimal> references = references(confirmed.product(), confirmed.orderId(),
                ((Number) order[2]).longValue());
        if (PriceOutliers.isOutlier(confirmed.unitPrice(), references)) {
            insert(confirmed, "OUTLIER", "HELD", "price " + confirmed.unitPrice().toPlainString()
                    + " against a median of " + PriceOutliers.median(references).stripTrailingZeros().toPlainString()
                    + " over " + references.size() + " recent prices");
        }
    }

    private List<BigDecimal> references(String product, long orderId, long listingId) {
        Instant now = Dates.now();
        List<BigDecimal> prices = new ArrayList<>();
        for (Object price : em.createNativeQuery("SELECT o.UNIT_PRICE FROM PURCHASE_ORDER o WHERE o.PRODUCT_CODE = ? "
                        + "AND o.CONFIRMED_AT >= ? AND o.ID <> ? AND " + MarketQueries.TRADED
                        + " ORDER BY o.CONFIRMED_AT DESC")
                .setParameter(1, product).setParameter(2, Timestamp.from(now.minus(REFERENCE_WINDOW)))
                .setParameter(3, orderId).setMaxResults(MAX_REFERENCES).getResultList()) {
            prices.add(decimal(price));
        }
        if (prices.size() < 5) {
            // a young market: today's asks of other listings tell what the product costs
            for (Object price : em.createNativeQuery("SELECT l.UNIT_PRICE FROM LISTING l WHERE l.PRODUCT_CODE = ? "
                            + "AND l.STATUS IN ('ACTIVE', 'SOLD_OUT') AND l.ID <> ? AND l.AVAILABLE_UNTIL >= ?")
                    .setParameter(1, product).setParameter(2, listingId)
                    .setParameter(3, Date.valueOf(java.time.LocalDate.now().minusDays(1)))
                    .setMaxResults(MAX_REFERENCES).getResultList()) {
                prices.add(decimal(price));
            }
        }
        return prices;
    }

    private void insert(OrderConfirmed trade, String kind, String status, String detail) {
        em.createNativeQuery("INSERT INTO TRADE_REVIEW (ORDER_ID, PRODUCT_CODE, KIND, STATUS, DETAIL, CREATED_AT) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, trade.orderId()).setParameter(2, trade.product()).setParameter(3, kind)
                .setParameter(4, status).setParameter(5, detail.length() > 300 ? detail.substring(0, 300) : detail)
                .setParameter(6, Timestamp.from(Dates.now())).executeUpdate();
        audit.record(AuditLog.SYSTEM, "TRADE_" + status, "ORDER", trade.orderId(), kind + ": " + detail);
        DataVersion.changing();
    }

    /** Trades kept out of the figures (status HELD or EXCLUDED) or let back in (ACCEPTED), newest first. */
    @RolesAllowed("STAFF")
    public Page<TradeReviewView> reviews(String status, PageRequest page) {
        String where = status == null ? "" : " WHERE r.STATUS = ?";
        var query = em.createNativeQuery("SELECT r.ORDER_ID, r.PRODUCT_CODE, r.KIND, r.STATUS, r.DETAIL, r.REASON, "
                + "r.DECIDED_BY, r.DECIDED_AT, r.CREATED_AT, o.UNIT_PRICE, o.QUANTITY, o.BUYER_ID, o.COOPERATIVE_ID "
                + "FROM TRADE_REVIEW r JOIN PURCHASE_ORDER o ON o.ID = r.ORDER_ID" + where
                + " ORDER BY r.CREATED_AT DESC, r.ORDER_ID DESC");
        var count = em.createNativeQuery("SELECT COUNT(*) FROM TRADE_REVIEW r" + where);
        if (status != null) {
            query.setParameter(1, status);
            count.setParameter(1, status);
        }
        List<TradeReviewView> items = new ArrayList<>();
        for (Object row : query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()) {
            items.add(TradeReviewView.of((Object[]) row));
        }
        return page.page(items, ((Number) count.getSingleResult()).longValue());
    }

    /** Staff let a held-back trade count in the figures (audited); 404 when no trade is under review there. */
    @RolesAllowed("STAFF")
    public TradeReviewView accept(long orderId, String reason) {
        return decide(orderId, "ACCEPTED", reason == null || reason.isBlank() ? "accepted" : reason.strip());
    }

    /** Staff keep a confirmed trade out of the figures with a reason (audited); 409 when it is no trade. */
    @RolesAllowed("STAFF")
    public TradeReviewView exclude(long orderId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "is required: say why the trade is not a market trade");
        }
        return decide(orderId, "EXCLUDED", reason.strip());
    }

    private TradeReviewView decide(long orderId, String status, String reason) {
        List<?> order = em.createNativeQuery("SELECT PRODUCT_CODE, STATUS FROM PURCHASE_ORDER WHERE ID = ?")
                .setParameter(1, orderId).getResultList();
        if (order.isEmpty()) {
            throw ProblemException.notFound("Order " + orderId);
        }
        Object[] row = (Object[]) order.get(0);
        if (!Trade.STATUSES.contains(String.valueOf(row[1]))) {
            throw ProblemException.conflict("Order " + orderId + " is not a trade (it is " + row[1] + ")");
        }
        String actor = currentUser.require().username();
        Timestamp now = Timestamp.from(Dates.now());
        int updated = em.createNativeQuery("UPDATE TRADE_REVIEW SET STATUS = ?, REASON = ?, DECIDED_BY = ?, "
                        + "DECIDED_AT = ? WHERE ORDER_ID = ?")
                .setParameter(1, status).setParameter(2, reason).setParameter(3, actor).setParameter(4, now)
                .setParameter(5, orderId).executeUpdate();
        if (updated == 0) {
            if (!status.equals("EXCLUDED")) {
                throw ProblemException.notFound("Trade review of order " + orderId);
            }
            em.createNativeQuery("INSERT INTO TRADE_REVIEW (ORDER_ID, PRODUCT_CODE, KIND, STATUS, REASON, DECIDED_BY, "
                            + "DECIDED_AT, CREATED_AT) VALUES (?, ?, 'STAFF', 'EXCLUDED', ?, ?, ?, ?)")
                    .setParameter(1, orderId).setParameter(2, row[0]).setParameter(3, reason).setParameter(4, actor)
                    .setParameter(5, now).setParameter(6, now).executeUpdate();
        }
        audit.record(actor, "TRADE_" + status, "ORDER", orderId, reason);
        DataVersion.changing();
        return one(orderId);
    }

    private TradeReviewView one(long orderId) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT r.ORDER_ID, r.PRODUCT_CODE, r.KIND, r.STATUS, r.DETAIL, "
                        + "r.REASON, r.DECIDED_BY, r.DECIDED_AT, r.CREATED_AT, o.UNIT_PRICE, o.QUANTITY, o.BUYER_ID, "
                        + "o.COOPERATIVE_ID FROM TRADE_REVIEW r JOIN PURCHASE_ORDER o ON o.ID = r.ORDER_ID "
                        + "WHERE r.ORDER_ID = ?")
                .setParameter(1, orderId).getSingleResult();
        return TradeReviewView.of(row);
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
