package coop.harvest.accounts.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Consecutive sign-in failures per username, kept in the database so every instance sees them. From the fifth
 * failure on, the username is locked for a while that doubles with each further failure (1 minute up to 15).
 * Each change commits on its own: the sign-in that records it fails.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginThrottle {

    public static final int FREE_ATTEMPTS = 5;

    @Resource(lookup = "java:app/jdbc/harvest")
    DataSource dataSource;

    /** Seconds until the username may try again; 0 when it may try now. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long lockedForSeconds(String usernameKey) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(
                     "SELECT LOCKED_UNTIL FROM LOGIN_THROTTLE WHERE USERNAME_KEY = ?")) {
            select.setString(1, usernameKey);
            try (ResultSet row = select.executeQuery()) {
                if (row.next() && row.getTimestamp(1) != null) {
                    long seconds = Duration.between(Instant.now(), row.getTimestamp(1).toInstant()).toSeconds() + 1;
                    return Math.max(0, seconds);
                }
            }
            return 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void recordFailure(String usernameKey) {
        try (Connection c = dataSource.getConnection()) {
            int failures = increment(c, usernameKey);
            if (failures >= FREE_ATTEMPTS) {
                long minutes = Math.min(15, 1L << Math.min(4, failures - FREE_ATTEMPTS));
                try (PreparedStatement lock = c.prepareStatement(
                        "UPDATE LOGIN_THROTTLE SET LOCKED_UNTIL = ? WHERE USERNAME_KEY = ?")) {
                    lock.setTimestamp(1, Timestamp.from(Instant.now().plus(Duration.ofMinutes(minutes))));
                    lock.setString(2, usernameKey);
                    lock.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int increment(Connection c, String usernameKey) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE LOGIN_THROTTLE SET FAILURES = FAILURES + 1 WHERE USERNAME_KEY = ?")) {
            update.setString(1, usernameKey);
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO LOGIN_THROTTLE (USERNAME_KEY, FAILURES) VALUES (?, 1)")) {
                    insert.setString(1, usernameKey);
                    insert.executeUpdate();
                } catch (SQLException duplicate) {
                    if (!"23505".equals(duplicate.getSQLState())) {
                        throw duplicate;
                    }
                    update.executeUpdate();
                }
            }
        }
        try (PreparedStatement select = c.prepareStatement(
                "SELECT FAILURES FROM LOGIN_THROTTLE WHERE USERNAME_KEY = ?")) {
            select.setString(1, usernameKey);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getInt(1) : 1;
            }
        }
    }

    public void reset(String usernameKey) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM LOGIN_THROTTLE WHERE USERNAME_KEY = ?")) {
            delete.setString(1, usernameKey);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
