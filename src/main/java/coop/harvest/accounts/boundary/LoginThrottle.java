package coop.harvest.accounts.boundary;

import coop.harvest.accounts.control.SigninDelay;
import coop.harvest.platform.Dates;
import coop.harvest.platform.ProblemException;
import coop.harvest.platform.UniqueInsert;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-in attempts, counted in the database before the password is checked so that every instance sees them and a
 * burst of concurrent guesses cannot outrun the count: per username (consecutive attempts since the last success;
 * from the fifth on each must wait a growing delay, {@link SigninDelay}) and per client address (failures in the
 * current hour, at most {@code HARVEST_SIGNIN_FAILURES_PER_ADDRESS}). Each count is a compare-and-set UPDATE that
 * commits on its own, so the attempts that lost the race are refused with 429 and never reach the password check.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginThrottle {

    public static final int FREE_ATTEMPTS = SigninDelay.FREE_ATTEMPTS;
    private static final int CAS_ROUNDS = 20;

    @Resource(lookup = "java:app/jdbc/harvest")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "HARVEST_SIGNIN_FAILURES_PER_ADDRESS", defaultValue = "100")
    int failuresPerAddress;

    /**
     * Counts one attempt for the username and the address, or refuses it with 429 (and Retry-After) when the username
     * must wait or the address has used up its failures for the hour. An admitted attempt ends with
     * {@link #succeeded} or stays counted as a failure.
     */
    public void admit(String usernameKey, String client) {
        long now = System.currentTimeMillis();
        long hour = now / 3_600_000;
        try (Connection c = dataSource.getConnection()) {
            if (!countAddress(c, address(client), hour)) {
                long retry = 3600 - (now / 1000) % 3600;
                throw ProblemException.tooManyRequests(
                        "Too many failed sign-ins from this address; try again later", retry);
            }
            long wait = countUsername(c, usernameKey, Instant.ofEpochMilli(now));
            if (wait > 0) {
                uncountAddress(c, address(client), hour);
                throw ProblemException.tooManyRequests("Too many failed sign-ins for this username; try again later",
                        wait);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The attempt was right: the username's count starts again and the address gets its attempt back. */
    public void succeeded(String usernameKey, String client) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM LOGIN_THROTTLE WHERE USERNAME_KEY = ?")) {
            delete.setString(1, usernameKey);
            delete.executeUpdate();
            uncountAddress(c, address(client), System.currentTimeMillis() / 3_600_000);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Seconds until the username may try again (0 when it may now); for pages that want to say so. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long lockedForSeconds(String usernameKey) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(
                     "SELECT LOCKED_UNTIL FROM LOGIN_THROTTLE WHERE USERNAME_KEY = ?")) {
            select.setString(1, usernameKey);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? secondsUntil(row.getTimestamp(1), Dates.now()) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 0 when the attempt is counted and may go on, else the seconds to wait (nothing counted). */
    private long countUsername(Connection c, String key, Instant now) throws SQLException {
        ensureRow(c, key);
        for (int round = 0; round < CAS_ROUNDS; round++) {
            int attempts;
            Timestamp lockedUntil;
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT FAILURES, LOCKED_UNTIL FROM LOGIN_THROTTLE WHERE USERNAME_KEY = ?")) {
                select.setString(1, key);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        ensureRow(c, key);
                        continue;
                    }
                    attempts = row.getInt(1);
                    lockedUntil = row.getTimestamp(2);
                }
            }
            long wait = secondsUntil(lockedUntil, now);
            if (wait > 0) {
                return wait;
            }
            Duration delay = SigninDelay.after(attempts + 1);
            try (PreparedStatement update = c.prepareStatement("UPDATE LOGIN_THROTTLE SET FAILURES = ?, "
                    + "LOCKED_UNTIL = ?, LAST_ATTEMPT = ? WHERE USERNAME_KEY = ? AND FAILURES = ?")) {
                update.setInt(1, attempts + 1);
                update.setTimestamp(2, delay.isZero() ? null : Timestamp.from(now.plus(delay)));
                update.setTimestamp(3, Timestamp.from(now));
                update.setString(4, key);
                update.setInt(5, attempts);
                if (update.executeUpdate() == 1) {
                    return 0;
                }
            }
        }
        return 1;
    }

    private static long secondsUntil(Timestamp until, Instant now) {
        if (until == null) {
            return 0;
        }
        long millis = Duration.between(now, until.toInstant()).toMillis();
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }

    private static void ensureRow(Connection c, String key) throws SQLException {
        try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM LOGIN_THROTTLE WHERE USERNAME_KEY = ?")) {
            exists.setString(1, key);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO LOGIN_THROTTLE (USERNAME_KEY, FAILURES, LAST_ATTEMPT) VALUES (?, 0, ?)")) {
            insert.setString(1, key);
            insert.setTimestamp(2, Timestamp.from(Dates.now()));
            UniqueInsert.insert(c, insert); // false: another attempt inserted it just now, which is as good
        }
    }

    /** Counts a failure-to-be for the address unless it is at its limit (one conditional UPDATE). */
    private boolean countAddress(Connection c, String client, long hour) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE SIGNIN_ADDRESS SET FAILURES = FAILURES + 1 "
                + "WHERE CLIENT = ? AND WINDOW_HOUR = ? AND FAILURES < ?")) {
            update.setString(1, client);
            update.setLong(2, hour);
            update.setInt(3, failuresPerAddress);
            if (update.executeUpdate() == 1) {
                return true;
            }
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO SIGNIN_ADDRESS (CLIENT, WINDOW_HOUR, FAILURES) VALUES (?, ?, 1)")) {
            insert.setString(1, client);
            insert.setLong(2, hour);
            if (UniqueInsert.insert(c, insert)) {
                return failuresPerAddress >= 1;
            }
        }
        // the row exists: it was at its limit, or another attempt inserted it just now
        try (PreparedStatement retry = c.prepareStatement("UPDATE SIGNIN_ADDRESS SET FAILURES = FAILURES + 1 "
                + "WHERE CLIENT = ? AND WINDOW_HOUR = ? AND FAILURES < ?")) {
            retry.setString(1, client);
            retry.setLong(2, hour);
            retry.setInt(3, failuresPerAddress);
            return retry.executeUpdate() == 1;
        }
    }

    private static void uncountAddress(Connection c, String client, long hour) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE SIGNIN_ADDRESS SET FAILURES = FAILURES - 1 "
                + "WHERE CLIENT = ? AND WINDOW_HOUR = ? AND FAILURES > 0")) {
            update.setString(1, client);
            update.setLong(2, hour);
            update.executeUpdate();
        }
    }

    /** Forgets what no longer limits anyone: usernames idle for a day, address windows of past hours. */
    public int purge(Instant now) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement users = c.prepareStatement("DELETE FROM LOGIN_THROTTLE WHERE LAST_ATTEMPT IS NULL "
                     + "OR LAST_ATTEMPT < ? AND (LOCKED_UNTIL IS NULL OR LOCKED_UNTIL < ?)");
             PreparedStatement addresses = c.prepareStatement("DELETE FROM SIGNIN_ADDRESS WHERE WINDOW_HOUR < ?");
             PreparedStatement signups = c.prepareStatement("DELETE FROM SIGNUP_WINDOW WHERE WINDOW_MINUTE < ?")) {
            users.setTimestamp(1, Timestamp.from(now.minus(Duration.ofDays(1))));
            users.setTimestamp(2, Timestamp.from(now));
            addresses.setLong(1, now.toEpochMilli() / 3_600_000 - 1);
            signups.setLong(1, now.toEpochMilli() / 60_000 - 2);
            return users.executeUpdate() + addresses.executeUpdate() + signups.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String address(String client) {
        String key = client == null || client.isBlank() ? "unknown" : client.strip();
        return key.length() > 64 ? key.substring(0, 64) : key;
    }
}
