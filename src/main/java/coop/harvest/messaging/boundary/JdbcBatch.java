package coop.harvest.messaging.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * One statement run for many rows as one JDBC batch, on the connection of the caller's JTA transaction (the one the
 * entity manager uses, so its locks and the entity manager's are the same transaction's). EclipseLink batches only
 * the writes of entities it flushes; the outbox's rows are written by conditional statements, row by row.
 */
final class JdbcBatch {

    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    private JdbcBatch() {
    }

    /** Runs {@code sql} once per row; answers each row's update count (in the order of the rows). */
    static <T> int[] run(EntityManager em, String sql, List<T> rows, Binder<T> binder) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            try {
                for (T row : rows) {
                    binder.bind(statement, row);
                    statement.addBatch();
                }
                return statement.executeBatch();
            } catch (SQLException | RuntimeException e) {
                clear(statement, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new PersistenceException("An outbox batch failed", e);
        }
    }

    /**
     * The pool keeps prepared statements for the connection's next use (platform.DatabaseDefinition) and clears their
     * parameters, not their batches: rows added before a failure must not run with the next caller's.
     */
    private static void clear(PreparedStatement statement, Exception failure) {
        try {
            statement.clearBatch();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
