package coop.harvest.accounts.boundary;

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
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** At most {@code HARVEST_SIGNUP_PER_MINUTE} registrations per client address per minute, counted in the database. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignupLimiter {

    @Resource(lookup = "java:app/jdbc/harvest")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "HARVEST_SIGNUP_PER_MINUTE", defaultValue = "60")
    int perMinute;

    /** Counts one attempt; 429 with Retry-After when the client is over its limit. */
    public void admit(String client) {
        long now = System.currentTimeMillis();
        long minute = now / 60_000;
        String key = client == null ? "unknown" : client.length() > 64 ? client.substring(0, 64) : client;
        try (Connection c = dataSource.getConnection()) {
            int attempts = increment(c, key, minute);
            if (attempts > perMinute) {
                long retry = 60 - (now / 1000) % 60;
                throw ProblemException.tooManyRequests("Too many accounts created from this address; wait a minute",
                        retry);
            }
            if (minute % 10 == 0) {
                try (PreparedStatement old = c.prepareStatement("DELETE FROM SIGNUP_WINDOW WHERE WINDOW_MINUTE < ?")) {
                    old.setLong(1, minute - 1);
                    old.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int increment(Connection c, String client, long minute) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE SIGNUP_WINDOW SET ATTEMPTS = ATTEMPTS + 1 WHERE CLIENT = ? AND WINDOW_MINUTE = ?")) {
            update.setString(1, client);
            update.setLong(2, minute);
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO SIGNUP_WINDOW (CLIENT, WINDOW_MINUTE, ATTEMPTS) VALUES (?, ?, 1)")) {
                    insert.setString(1, client);
                    insert.setLong(2, minute);
                    if (UniqueInsert.insert(c, insert)) {
                        return 1;
                    }
                }
                update.executeUpdate(); // another request inserted the row first
            }
        }
        try (PreparedStatement select = c.prepareStatement(
                "SELECT ATTEMPTS FROM SIGNUP_WINDOW WHERE CLIENT = ? AND WINDOW_MINUTE = ?")) {
            select.setString(1, client);
            select.setLong(2, minute);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getInt(1) : 1;
            }
        }
    }
}
