package coop.harvest.market.boundary;

import coop.harvest.market.control.BookSide;
import coop.harvest.market.control.Trade;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The market's reads over the trading tables, each one aggregate query (grouped in the database) or one range
 * scan of a covering index, never a query per row. Asks and bids count only what can still be traded today:
 * active, not past their dates, and not posted by a suspended party.
 */
@Stateless
@PermitAll
public class MarketQueries {

    static final String PRODUCT_TRADES = "MARKET_PRODUCT_TRADES";
    static final String TRADES_BY_TIME = "MARKET_TRADES_BY_TIME";
    /**
     * A market trade: confirmed or later, and not held back or excluded by the market-integrity rules. Orders of
     * order-farming deliveries are never confirmed (they start SHIPPED, with no CONFIRMED_AT), so the windows by
     * confirmation time below never count them, and the covering indexes stay covering.
     */
    static final String TRADED = "o.STATUS IN (" + Trade.sqlStatusList() + ")"
            + " AND NOT EXISTS (SELECT 1 FROM TRADE_REVIEW r WHERE r.ORDER_ID = o.ID AND r.STATUS <> 'ACCEPTED')";

    /** Tradeable listings; the one parameter is today's date. */
    private static final String ASKS = " FROM LISTING l JOIN COOPERATIVE c ON c.ID = l.COOPERATIVE_ID "
            + "WHERE l.STATUS = 'ACTIVE' AND l.AVAILABLE > 0 AND l.AVAILABLE_UNTIL >= ? AND c.SUSPENDED = FALSE";
    /** Open demands; the one parameter is today's date. */
    private static final String BIDS = " FROM DEMAND d JOIN ACCOUNT a ON a.ID = d.BUYER_ID "
            + "WHERE d.STATUS IN ('OPEN', 'PARTIALLY_FILLED') AND d.NEEDED_BY >= ? AND a.SUSPENDED = FALSE";

    @PersistenceContext
    EntityManager em;

    /** Lowest ask and number of tradeable listings per product; {@code county} (canonical) may be null. */
    public Map<String, BookSide> asks(LocalDate today, String county) {
        return bookSides("SELECT l.PRODUCT_CODE, MIN(l.UNIT_PRICE), COUNT(*)" + ASKS
                + (county == null ? "" : " AND l.COUNTY = ?") + " GROUP BY l.PRODUCT_CODE",
                today, county);
    }

    /** Highest bid and number of open demands per product, by delivery county when one is given. */
    public Map<String, BookSide> bids(LocalDate today, String county) {
        return bookSides("SELECT d.PRODUCT_CODE, MAX(d.MAX_UNIT_PRICE), COUNT(*)" + BIDS
                + (county == null ? "" : " AND d.DELIVERY_COUNTY = ?") + " GROUP BY d.PRODUCT_CODE",
                today, county);
    }

    /** Quantity traded per product in [from, to), by the county of the listing when one is given. */
    public Map<String, BigDecimal> volumes(Instant from, Instant to, String county) {
        Query query = em.createNativeQuery(volumesSql(county != null)).setParameter(1, Timestamp.from(from))
                .setParameter(2, Timestamp.from(to));
        if (county != null) {
            query.setParameter(3, county);
        }
        Map<String, BigDecimal> volumes = new HashMap<>();
        for (Object[] row : rows(query)) {
            volumes.put((String) row[0], decimal(row[1]));
        }
        return volumes;
    }

    /** Trades of one product, or of every product when {@code product} is null, confirmed in [from, to). */
    public List<Trade> trades(String product, Instant from, Instant to) {
        Query query = em.createNativeQuery(tradesSql(product != null));
        int next = 1;
        if (product != null) {
            query.setParameter(next++, product);
        }
        query.setParameter(next++, Timestamp.from(from)).setParameter(next, Timestamp.from(to));
        List<Trade> trades = new ArrayList<>();
        for (Object[] row : rows(query)) {
            trades.add(new Trade((String) row[0], ((Timestamp) row[1]).toInstant(), decimal(row[2]),
                    decimal(row[3])));
        }
        return trades;
    }

    /** Volumes per product in a time range, optionally of one county's listings (third parameter). */
    static String volumesSql(boolean byCounty) {
        return "SELECT o.PRODUCT_CODE, SUM(o.QUANTITY) FROM PURCHASE_ORDER o" + hint(TRADES_BY_TIME)
                + (byCounty ? " JOIN LISTING l ON l.ID = o.LISTING_ID" : "")
                + " WHERE o.CONFIRMED_AT >= ? AND o.CONFIRMED_AT < ? AND " + TRADED
                + (byCounty ? " AND l.COUNTY = ?" : "") + " GROUP BY o.PRODUCT_CODE";
    }

    /** Trades in a time range, of one product (first parameter) or of all. */
    static String tradesSql(boolean oneProduct) {
        return "SELECT o.PRODUCT_CODE, o.CONFIRMED_AT, o.QUANTITY, o.UNIT_PRICE FROM PURCHASE_ORDER o"
                + hint(oneProduct ? PRODUCT_TRADES : TRADES_BY_TIME) + " WHERE "
                + (oneProduct ? "o.PRODUCT_CODE = ? AND " : "") + "o.CONFIRMED_AT >= ? AND o.CONFIRMED_AT < ? AND "
                + TRADED;
    }

    /**
     * Pins the covering index: Derby's optimizer has rated a narrower index on the same leading columns (the orders'
     * ORDER_TRADES, dropped in V320) as good as the covering one and then visited every order row. The hint is an SQL
     * comment, so other databases simply ignore it.
     */
    private static String hint(String index) {
        return " --DERBY-PROPERTIES index=" + index + "\n";
    }

    /** Counts for the home page, in one round trip per table (completed spot orders only: no contract deliveries). */
    public MarketStats stats(LocalDate today, Instant monthStart, Instant endOfToday) {
        Object[] cooperatives = (Object[]) em.createNativeQuery("SELECT COUNT(*), "
                + "COALESCE(SUM(CASE WHEN VERIFIED = TRUE AND SUSPENDED = FALSE THEN 1 ELSE 0 END), 0) "
                + "FROM COOPERATIVE").getSingleResult();
        long listings = count(em.createNativeQuery("SELECT COUNT(*)" + ASKS).setParameter(1, Date.valueOf(today)));
        long demands = count(em.createNativeQuery("SELECT COUNT(*)" + BIDS).setParameter(1, Date.valueOf(today)));
        long completed = count(em.createNativeQuery(
                "SELECT COUNT(*) FROM PURCHASE_ORDER WHERE STATUS = 'COMPLETED' AND CONTRACT_ID IS NULL"));
        Object[] month = (Object[]) em.createNativeQuery("SELECT COALESCE(SUM(o.QUANTITY), 0), "
                        + "COALESCE(SUM(o.QUANTITY * o.UNIT_PRICE), 0) FROM PURCHASE_ORDER o "
                        + "WHERE o.CONFIRMED_AT >= ? AND o.CONFIRMED_AT < ? AND " + TRADED)
                .setParameter(1, Timestamp.from(monthStart)).setParameter(2, Timestamp.from(endOfToday))
                .getSingleResult();
        return MarketStats.of(((Number) cooperatives[0]).longValue(), ((Number) cooperatives[1]).longValue(),
                listings, demands, completed, decimal(month[0]), decimal(month[1]), today);
    }

    private Map<String, BookSide> bookSides(String sql, LocalDate today, String county) {
        Query query = em.createNativeQuery(sql).setParameter(1, Date.valueOf(today));
        if (county != null) {
            query.setParameter(2, county);
        }
        Map<String, BookSide> sides = new HashMap<>();
        for (Object[] row : rows(query)) {
            sides.put((String) row[0], new BookSide(decimal(row[1]), ((Number) row[2]).longValue()));
        }
        return sides;
    }

    /** The lowest tradeable ask of one product today, or null when nobody offers it. */
    public BigDecimal bestAsk(String product, LocalDate today) {
        return decimal(em.createNativeQuery("SELECT MIN(l.UNIT_PRICE)" + ASKS + " AND l.PRODUCT_CODE = ?")
                .setParameter(1, Date.valueOf(today)).setParameter(2, product).getSingleResult());
    }

    /** A listing's terms for a text about it (read only; listings owns the table). */
    public java.util.Optional<PostedTerms> listingTerms(long id) {
        return rows(em.createNativeQuery("SELECT ID, PRODUCT_CODE, UNIT_PRICE, AVAILABLE, COUNTY FROM LISTING "
                + "WHERE ID = ?").setParameter(1, id)).stream().findFirst().map(r -> new PostedTerms(id,
                (String) r[1], decimal(r[2]), decimal(r[3]), (String) r[4]));
    }

    /** A demand's terms for a text about it: what is still wanted (read only; demands owns the table). */
    public java.util.Optional<PostedTerms> demandTerms(long id) {
        return rows(em.createNativeQuery("SELECT ID, PRODUCT_CODE, MAX_UNIT_PRICE, QUANTITY - FILLED_QUANTITY, "
                + "DELIVERY_COUNTY FROM DEMAND WHERE ID = ?").setParameter(1, id)).stream().findFirst()
                .map(r -> new PostedTerms(id, (String) r[1], decimal(r[2]), decimal(r[3]), (String) r[4]));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static long count(Query query) {
        return ((Number) query.getSingleResult()).longValue();
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
