package coop.harvest.operations.boundary;

import coop.harvest.operations.control.BackupLocation;
import coop.harvest.platform.ProblemException;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Derby's online backup. It runs outside any transaction: Derby copies the database while other transactions go on,
 * and waits for none held open by the caller.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DerbyBackup {

    private static final Logger LOG = Logger.getLogger(DerbyBackup.class.getName());

    @Resource(lookup = "java:app/jdbc/harvest")
    DataSource dataSource;

    /** Copies the database into {@code folder}; answers the copy's own folder. 409 when it is not embedded Derby. */
    public Path copyTo(Path folder) {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            if (!BackupLocation.isEmbeddedDerbyFile(url)) {
                throw ProblemException.conflict("The marketplace does not run on its embedded Derby database "
                        + "(HARVEST_DB_URL names a database server), so it cannot copy it online. Back up the "
                        + "database on its server instead: for a Derby network server, run "
                        + "CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE('<folder>') there with ij, or use that "
                        + "database's own backup tool.");
            }
            Files.createDirectories(folder.getParent());
            try (CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                backup.setString(1, folder.toString());
                backup.execute();
            }
            return folder.resolve(BackupLocation.databaseName(url));
        } catch (SQLException | IOException e) {
            LOG.log(Level.SEVERE, "Backup into " + folder + " failed", e);
            throw new ProblemException(503, "Backup failed",
                    "The backup could not be written (disk space, permissions?); the server log says why");
        }
    }
}
