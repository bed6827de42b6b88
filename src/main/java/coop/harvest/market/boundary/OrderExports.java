package coop.harvest.market.boundary;

import coop.harvest.accounts.boundary.Caller;
import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.market.control.MarketCalendar;
import coop.harvest.market.control.OrderRow;
import coop.harvest.platform.ProblemException;
import coop.harvest.platform.QueryParams;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Order exports: a buyer gets its own orders, a cooperative the orders on its listings, staff every order. The
 * rows are streamed from one query straight to the response, so an export of 200,000 orders needs no more memory
 * than one row; the stream runs outside a transaction (read-only, read-committed) so no long transaction holds locks.
 */
@Stateless
@RolesAllowed({"COOPERATIVE", "BUYER", "STAFF"})
public class OrderExports {

    private static final String SELECT = "SELECT o.ID, o.CREATED_AT, o.STATUS, o.PRODUCT_CODE, p.NAME_ZH, p.NAME_EN, "
            + "o.QUANTITY, o.UNIT_PRICE, o.TOTAL, c.NAME, a.ORGANIZATION, a.DISPLAY_NAME, o.LISTING_ID, o.DEMAND_ID, "
            + "o.CONFIRMED_AT FROM PURCHASE_ORDER o JOIN COOPERATIVE c ON c.ID = o.COOPERATIVE_ID "
            + "JOIN ACCOUNT a ON a.ID = o.BUYER_ID LEFT JOIN PRODUCT p ON p.CODE = o.PRODUCT_CODE WHERE 1 = 1";

    @Inject
    CurrentUser currentUser;

    @Inject
    Market market;

    @Resource(lookup = "java:app/jdbc/harvest")
    DataSource dataSource;

    /**
     * Checks who asks and for which dates (market days, both inclusive, either optional); 401 anonymous, 422
     * when {@code to} is before {@code from}.
     */
    public OrderExport prepare(String from, String to) {
        Caller caller = currentUser.require();
        LocalDate fromDate = QueryParams.date("from", from);
        LocalDate toDate = QueryParams.date("to", to);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        MarketCalendar calendar = market.calendar();
        return new OrderExport(caller.isBuyer() ? caller.accountId() : null,
                caller.isCooperative() ? caller.cooperativeId() : null,
                fromDate == null ? null : calendar.startOf(fromDate),
                toDate == null ? null : calendar.startOf(toDate.plusDays(1)), fromDate, toDate);
    }

    /** Hands every order of the export to {@code sink}, oldest first. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void stream(OrderExport export, Consumer<OrderRow> sink) {
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object> params = new ArrayList<>();
        if (export.buyerId() != null) {
            sql.append(" AND o.BUYER_ID = ?");
            params.add(export.buyerId());
        }
        if (export.cooperativeId() != null) {
            sql.append(" AND o.COOPERATIVE_ID = ?");
            params.add(export.cooperativeId());
        }
        if (export.from() != null) {
            sql.append(" AND o.CREATED_AT >= ?");
            params.add(Timestamp.from(export.from()));
        }
        if (export.to() != null) {
            sql.append(" AND o.CREATED_AT < ?");
            params.add(Timestamp.from(export.to()));
        }
        sql.append(" ORDER BY o.CREATED_AT, o.ID");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            statement.setFetchSize(500);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sink.accept(row(rows));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The order export failed", e);
        }
    }

    private static OrderRow row(ResultSet rows) throws SQLException {
        String organization = rows.getString(11);
        String buyer = organization != null && !organization.isBlank() ? organization : rows.getString(12);
        long listingId = rows.getLong(13);
        Long listing = rows.wasNull() ? null : listingId; // an order-farming delivery's order has no listing
        long demandId = rows.getLong(14);
        Long demand = rows.wasNull() ? null : demandId;
        Timestamp confirmed = rows.getTimestamp(15);
        return new OrderRow(rows.getLong(1), rows.getTimestamp(2).toInstant(), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getString(6), money(rows.getBigDecimal(7), 3), money(rows.getBigDecimal(8), 2),
                money(rows.getBigDecimal(9), 2), rows.getString(10), buyer, listing, demand,
                confirmed == null ? null : confirmed.toInstant());
    }

    private static BigDecimal money(BigDecimal value, int scale) {
        return value == null ? null : value.setScale(scale, java.math.RoundingMode.HALF_UP);
    }
}
