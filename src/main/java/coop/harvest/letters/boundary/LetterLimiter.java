package coop.harvest.letters.boundary;

import coop.harvest.platform.ProblemException;
import coop.harvest.platform.UniqueInsert;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Hourly limits per client address, counted in the database so that several instances agree: anonymous letters
 * written ({@code LETTER}) and wrong access codes ({@code CODE}). Each count commits on its own, so a refused
 * request (a wrong code answers 404) still counts.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LetterLimiter {

    public static final String LETTERS = "LETTER";
    public static final String CODES = "CODE";

    @Resource(lookup = "java:app/jdbc/harvest")
    DataSource dataSource;

    /** 429 with Retry-After when the client already used up {@code limit} this hour; counts nothing. */
    public void check(String kind, String client, int limit, String detail) {
        long now = System.currentTimeMillis();
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(
                     "SELECT ATTEMPTS FROM LETTER_LIMIT WHERE KIND = ? AND CLIENT = ? AND WINDOW_HOUR = ?")) {
            select.setString(1, kind);
            select.setString(2, key(client));
            select.setLong(3, now / 3_600_000);
            try (ResultSet row = select.executeQuery()) {
                if (row.next() && row.getInt(1) >= limit) {
                    throw refuse(now, detail);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts one attempt; 429 with Retry-After when this one is over {@code limit} for the hour. */
    public void count(String kind, String client, int limit, String detail) {
        long now = System.currentTimeMillis();
        long hour = now / 3_600_000;
        try (Connection c = dataSource.getConnection()) {
            int attempts = increment(c, kind, key(client), hour);
            if (attempts > limit) {
                throw refuse(now, detail);
            }
            if (attempts == 1) {
                try (PreparedStatement old = c.prepareStatement("DELETE FROM LETTER_LIMIT WHERE WINDOW_HOUR < ?")) {
                    old.setLong(1, hour - 1);
                    old.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProblemException refuse(long now, String detail) {
        return ProblemException.tooManyRequests(detail, 3600 - (now / 1000) % 3600);
    }

    private static String key(String client) {
        return client == null ? "unknown" : client.length() > 64 ? client.substring(0, 64) : client;
    }

    private int increment(Connection c, String kind, String client, long hour) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE LETTER_LIMIT SET ATTEMPTS = ATTEMPTS + 1"
                + " WHERE KIND = ? AND CLIENT = ? AND WINDOW_HOUR = ?")) {
            update.setString(1, kind);
            update.setString(2, client);
            update.setLong(3, hour);
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO LETTER_LIMIT (KIND, CLIENT, WINDOW_HOUR, ATTEMPTS) VALUES (?, ?, ?, 1)")) {
                    insert.setString(1, kind);
                    insert.setString(2, client);
                    insert.setLong(3, hour);
                    if (UniqueInsert.insert(c, insert)) {
                        return 1;
                    }
                }
                update.executeUpdate(); // another request inserted the row first
            }
        }
        try (PreparedStatement select = c.prepareStatement(
                "SELECT ATTEMPTS FROM LETTER_LIMIT WHERE KIND = ? AND CLIENT = ? AND WINDOW_HOUR = ?")) {
            select.setString(1, kind);
            select.setString(2, client);
            select.setLong(3, hour);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getInt(1) : 1;
            }
        }
    }
}
