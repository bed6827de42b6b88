package coop.harvest.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * A batch EclipseLink writes starts empty, whatever an earlier use of the same (pool-cached) prepared statement left:
 * the rows of a batch whose binding failed part-way must not run with the next one.
 */
class DatabasePlatformChoiceTest {

    @Test
    void aStatementsLeftoverRowsDoNotRunWithTheNextBatch() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:derby:memory:platformChoice;create=true")) {
            try (Statement ddl = c.createStatement()) {
                ddl.executeUpdate("CREATE TABLE NOTE (TEXT VARCHAR(40))");
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO NOTE (TEXT) VALUES (?)")) {
                insert.setString(1, "of a transaction that rolled back");
                insert.addBatch(); // then binding the next row failed, and the statement went back to the pool
                insert.clearParameters(); // all the pool does with a statement it keeps

                new DatabasePlatformChoice.Derby().prepareBatchStatement(insert, 100);
                insert.setString(1, "the next caller's");
                insert.addBatch();
                assertEquals(1, insert.executeBatch().length);
            }
            try (Statement query = c.createStatement(); ResultSet rows = query.executeQuery("SELECT TEXT FROM NOTE")) {
                rows.next();
                assertEquals("the next caller's", rows.getString(1));
                assertEquals(false, rows.next(), "only the next caller's row");
            }
        }
    }

    @Test
    void postgresBatchesStartEmptyToo() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:derby:memory:platformChoicePg;create=true")) {
            try (Statement ddl = c.createStatement()) {
                ddl.executeUpdate("CREATE TABLE NOTE (TEXT VARCHAR(40))");
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO NOTE (TEXT) VALUES (?)")) {
                insert.setString(1, "left over");
                insert.addBatch();
                new DatabasePlatformChoice.Postgres().prepareBatchStatement(insert, 100);
                insert.setString(1, "next");
                insert.addBatch();
                assertEquals(1, insert.executeBatch().length);
            }
        }
    }
}
