package coop.harvest.letters.boundary;

import coop.harvest.platform.UniqueInsert;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Creates a year's tracking-number counter in its own transaction; a concurrent creation by another is fine. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class YearRows {

    @Resource(lookup = "java:app/jdbc/harvest")
    DataSource dataSource;

    public void ensure(int year) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO LETTER_SEQUENCE (SEQ_YEAR, LAST_NUMBER) VALUES (?, 0)")) {
            insert.setInt(1, year);
            UniqueInsert.insert(c, insert); // false: another request created it, which is as good
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
