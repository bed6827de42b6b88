package coop.harvest.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A row that already exists is an answer, not a failure, and the transaction keeps what it did before and after.
 * (That a duplicate does not end a PostgreSQL transaction is shown by LimitsIT in the PostgreSQL pass: a sign-in from
 * an address at its limit inserts its row again, which answered 500 there without the savepoint.)
 */
class UniqueInsertTest {

    @Test
    void aTakenKeyAnswersFalseAndTheTransactionGoesOn() throws Exception {
        try (Connection c = database("inTransaction")) {
            c.setAutoCommit(false);
            insertPlain(c, "before");
            assertTrue(insert(c, "window", 1), "a new key is inserted");
            assertFalse(insert(c, "window", 2), "a taken key is not, and says so");
            insertPlain(c, "after");
            c.commit();
            assertEquals(List.of("after:0", "before:0", "window:1"), rows(c));
        }
    }

    @Test
    void anyOtherFailureIsThrownAndUndoesOnlyItself() throws Exception {
        try (Connection c = database("otherFailure")) {
            c.setAutoCommit(false);
            insertPlain(c, "before");
            SQLException failed = assertThrows(SQLException.class, () -> insert(c, null, 1));
            assertEquals("23502", failed.getSQLState(), "a missing key is not a taken one");
            insertPlain(c, "after");
            c.commit();
            assertEquals(List.of("after:0", "before:0"), rows(c));
        }
    }

    @Test
    void withoutATransactionNoSavepointIsTaken() throws Exception {
        try (Connection c = database("autoCommit")) {
            assertTrue(insert(c, "window", 1));
            assertFalse(insert(c, "window", 2));
            assertEquals(List.of("window:1"), rows(c));
        }
    }

    private static Connection database(String name) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:derby:memory:uniqueInsert-" + name + ";create=true");
        try (Statement ddl = c.createStatement()) {
            ddl.executeUpdate("CREATE TABLE WINDOW_ROW (NAME VARCHAR(20) NOT NULL PRIMARY KEY, ATTEMPTS INT)");
        }
        return c;
    }

    private static boolean insert(Connection c, String name, int attempts) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO WINDOW_ROW (NAME, ATTEMPTS) VALUES (?, ?)")) {
            insert.setString(1, name);
            insert.setInt(2, attempts);
            return UniqueInsert.insert(c, insert);
        }
    }

    private static void insertPlain(Connection c, String name) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO WINDOW_ROW (NAME, ATTEMPTS) VALUES (?, 0)")) {
            insert.setString(1, name);
            insert.executeUpdate();
        }
    }

    private static List<String> rows(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement read = c.createStatement();
             ResultSet row = read.executeQuery("SELECT NAME, ATTEMPTS FROM WINDOW_ROW ORDER BY NAME")) {
            while (row.next()) {
                rows.add(row.getString(1) + ":" + row.getInt(2));
            }
        }
        if (!c.getAutoCommit()) {
            c.commit(); // the read's own transaction
        }
        return rows;
    }
}
