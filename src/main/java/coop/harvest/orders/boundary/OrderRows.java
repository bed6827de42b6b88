package coop.harvest.orders.boundary;

import coop.harvest.orders.entity.OrderStatus;
import coop.harvest.orders.entity.PurchaseOrder;
import coop.harvest.platform.Dialect;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;

/**
 * New orders and their history lines, each written with one statement on the connection of the caller's transaction.
 * Through the entity manager an order's insert cost a second round trip for its identity ({@code select lastval()} on
 * PostgreSQL, {@code IDENTITY_VAL_LOCAL()} on Derby), and so did every history line, whose id nobody reads, besides
 * the unit of work's bookkeeping of both at the commit. Here the order's id comes back with its insert (the driver's
 * generated keys on Derby) and a history line's is never asked for; on PostgreSQL a new order's first history line
 * is written by its insert too ({@code WITH ... RETURNING}). The entities stay the mapping that everything else reads
 * and changes; what an order becomes after its insert goes through them.
 */
@Dependent
class OrderRows {

    private static final String INSERT_ORDER = "INSERT INTO PURCHASE_ORDER (LISTING_ID, DEMAND_ID, BUYER_ID, "
            + "COOPERATIVE_ID, PRODUCT_CODE, QUANTITY, UNIT_PRICE, TOTAL, STATUS, CREATED_AT, CONFIRM_BY, "
            + "CONFIRMED_AT, UPDATED_AT, DELIVERY_ADDRESS, NOTE, CONTRACT_ID, DELIVERY_NUMBER, VERSION) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String INSERT_EVENT = "INSERT INTO ORDER_EVENT (ORDER_ID, STATUS, OCCURRED_AT, ACTOR, NOTE, "
            + "EVENT_KIND) VALUES (?, ?, ?, ?, ?, ?)";

    /**
     * PostgreSQL: the order and its first history line in one statement (one round trip), answering the order's id.
     * The casts name no length, so that a value too long for its column fails as it does in the order's insert.
     */
    private static final String INSERT_ORDER_WITH_EVENT = "WITH NEW_ORDER AS (" + INSERT_ORDER + " RETURNING ID) "
            + "INSERT INTO ORDER_EVENT (ORDER_ID, STATUS, OCCURRED_AT, ACTOR, NOTE) SELECT ID, CAST(? AS VARCHAR), "
            + "CAST(? AS TIMESTAMP), CAST(? AS VARCHAR), CAST(? AS VARCHAR) FROM NEW_ORDER RETURNING ORDER_ID";

    private static final boolean POSTGRES = Dialect.configured() == Dialect.POSTGRES;

    @PersistenceContext
    EntityManager em;

    /**
     * Inserts a new order (not yet persisted through the entity manager) with the first line of its history (its
     * status, at {@code at}, by {@code actor}), and gives it its id and first version; it is not managed afterwards:
     * whoever changes it later in the transaction finds it first.
     */
    void insert(PurchaseOrder order, Instant at, String actor, String note) {
        if (!POSTGRES) {
            insertOrder(order);
            event(order.getId(), order.getStatus(), at, actor, note, null);
            return;
        }
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ORDER_WITH_EVENT)) {
            bindOrder(insert, order);
            insert.setString(19, order.getStatus().name());
            insert.setTimestamp(20, Timestamp.from(at));
            insert.setString(21, actor);
            setNullable(insert, 22, note, Types.VARCHAR);
            try (ResultSet key = insert.executeQuery()) {
                stored(order, key);
            }
        } catch (SQLException e) {
            throw new PersistenceException("The order could not be stored", e);
        }
    }

    /** Derby, which has no INSERT in a WITH: the order alone, its id from the driver's generated keys. */
    private void insertOrder(PurchaseOrder order) {
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ORDER, Statement.RETURN_GENERATED_KEYS)) {
            bindOrder(insert, order);
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                stored(order, key);
            }
        } catch (SQLException e) {
            throw new PersistenceException("The order could not be stored", e);
        }
    }

    private static void bindOrder(PreparedStatement insert, PurchaseOrder order) throws SQLException {
        setNullable(insert, 1, order.getListingId(), Types.BIGINT);
        setNullable(insert, 2, order.getDemandId(), Types.BIGINT);
        insert.setLong(3, order.getBuyerId());
        insert.setLong(4, order.getCooperativeId());
        insert.setString(5, order.getProduct());
        insert.setBigDecimal(6, order.getQuantity());
        insert.setBigDecimal(7, order.getUnitPrice());
        insert.setBigDecimal(8, order.getTotal());
        insert.setString(9, order.getStatus().name());
        insert.setTimestamp(10, Timestamp.from(order.getCreatedAt()));
        insert.setTimestamp(11, Timestamp.from(order.getConfirmBy()));
        setNullable(insert, 12, timestamp(order.getConfirmedAt()), Types.TIMESTAMP);
        insert.setTimestamp(13, Timestamp.from(order.getUpdatedAt()));
        setNullable(insert, 14, order.getDeliveryAddress(), Types.VARCHAR);
        setNullable(insert, 15, order.getNote(), Types.VARCHAR);
        setNullable(insert, 16, order.getContractId(), Types.BIGINT);
        setNullable(insert, 17, order.getDeliveryNumber(), Types.INTEGER);
        insert.setLong(18, PurchaseOrder.FIRST_VERSION);
    }

    private static void stored(PurchaseOrder order, ResultSet key) throws SQLException {
        if (!key.next()) {
            throw new PersistenceException("The database gave no id for the new order");
        }
        order.stored(key.getLong(1));
    }

    /** Appends a line to an order's history: a change of status, or (with a kind, such as PAID) something else. */
    void event(long orderId, OrderStatus status, Instant at, String actor, String note, String kind) {
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT)) {
            insert.setLong(1, orderId);
            insert.setString(2, status.name());
            insert.setTimestamp(3, Timestamp.from(at));
            insert.setString(4, actor);
            setNullable(insert, 5, note, Types.VARCHAR);
            setNullable(insert, 6, kind, Types.VARCHAR);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("The order's history could not be stored", e);
        }
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    /** A value or a typed null (PostgreSQL's driver wants the type of a null). */
    private static void setNullable(PreparedStatement statement, int index, Object value, int type)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, type);
        } else {
            statement.setObject(index, value, type);
        }
    }
}
