package coop.harvest.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * An insert whose row may already exist (another request made it first), after which the transaction goes on. Derby
 * fails only the statement that broke a unique key; PostgreSQL fails the whole transaction, so the insert runs under a
 * savepoint of its own. The connections do not set a savepoint before every statement ({@code autosave=always}), which
 * cost every statement of every transaction a subtransaction for the few that may collide.
 */
public final class UniqueInsert {

    private UniqueInsert() {
    }

    /**
     * Runs the prepared insert: true when it inserted, false when its key was taken (SQLState 23505, on both
     * databases), and then the transaction is as it was before the insert. Any other failure is thrown, with the
     * transaction likewise as it was. Outside a transaction (auto-commit) no savepoint is needed or allowed.
     */
    public static boolean insert(Connection connection, PreparedStatement insert) throws SQLException {
        Savepoint before = connection.getAutoCommit() ? null : connection.setSavepoint();
        try {
            insert.executeUpdate();
        } catch (SQLException failed) {
            if (before != null) {
                try {
                    connection.rollback(before);
                } catch (SQLException alsoFailed) {
                    failed.addSuppressed(alsoFailed);
                    throw failed;
                }
            }
            if ("23505".equals(failed.getSQLState())) {
                return false;
            }
            throw failed;
        }
        if (before != null) {
            connection.releaseSavepoint(before);
        }
        return true;
    }
}
