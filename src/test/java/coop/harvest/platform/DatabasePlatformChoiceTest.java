package coop.harvest.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.platform.database.DatabasePlatform;
import org.junit.jupiter.api.Test;

/**
 * A batch EclipseLink writes starts empty, whatever an earlier use of the same (pool-cached) prepared statement left:
 * the rows of a batch whose binding failed part-way must not run with the next one.
 */
class DatabasePlatformChoiceTest {

    @Test
    void aStatementsLeftoverRowsDoNotRunWithTheNextBatchOnDerby() throws Exception {
        assertEquals(List.of("the next caller's"), rowsAfterALeftover(new DatabasePlatformChoice.Derby(), "derby"));
    }

    @Test
    void norOnPostgres() throws Exception {
        assertEquals(List.of("the next caller's"), rowsAfterALeftover(new DatabasePlatformChoice.Postgres(), "pg"));
    }

    /** A real (in-memory Derby) statement with a row left in its batch, then one batch through the platform. */
    private static List<String> rowsAfterALeftover(DatabasePlatform platform, String name) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:derby:memory:platformChoice-" + name + ";create=true")) {
            try (Statement ddl = c.createStatement()) {
                ddl.executeUpdate("CREATE TABLE NOTE (TEXT VARCHAR(40))");
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO NOTE (TEXT) VALUES (?)")) {
                insert.setString(1, "of a transaction that rolled back");
                insert.addBatch(); // then binding the next row failed, and the statement went back to the pool
                insert.clearParameters(); // all the pool does with a statement it keeps

                platform.prepareBatchStatement(insert, 100);
                insert.setString(1, "the next caller's");
                insert.addBatch();
                insert.executeBatch();
            }
            List<String> rows = new ArrayList<>();
            try (Statement query = c.createStatement(); ResultSet found = query.executeQuery("SELECT TEXT FROM NOTE")) {
                while (found.next()) {
                    rows.add(found.getString(1));
                }
            }
            return rows;
        }
    }
}
