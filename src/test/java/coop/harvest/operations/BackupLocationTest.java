package coop.harvest.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.operations.control.BackupLocation;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Where backups go, and which databases can be copied online. */
class BackupLocationTest {

    @Test
    void backupsGoUnderTheDataFolderNamedByUtcTime() {
        Path folder = BackupLocation.folder(Path.of("/srv/harvest/data"), Instant.parse("2026-11-24T07:05:09.042Z"));
        assertEquals(Path.of("/srv/harvest/data/backups/20261124T070509.042Z"), folder);
    }

    @Test
    void relativeDataFoldersBecomeAbsoluteAndTwoBackupsAMomentApartDiffer() {
        Instant now = Instant.parse("2026-11-24T07:05:09Z");
        Path first = BackupLocation.folder(Path.of("./data"), now);
        Path second = BackupLocation.folder(Path.of("./data"), now.plusMillis(1));
        assertTrue(first.isAbsolute());
        assertNotEquals(first, second);
        assertTrue(first.getFileName().toString().compareTo(second.getFileName().toString()) < 0, "names sort by time");
    }

    @Test
    void onlyFileBasedEmbeddedDerbyCanBeCopiedOnline() {
        assertTrue(BackupLocation.isEmbeddedDerbyFile("jdbc:derby:/srv/harvest/data/harvest;create=true"));
        assertTrue(BackupLocation.isEmbeddedDerbyFile("jdbc:derby:directory:data/harvest"));
        assertFalse(BackupLocation.isEmbeddedDerbyFile("jdbc:derby://db.example:1527/harvest;create=true"));
        assertFalse(BackupLocation.isEmbeddedDerbyFile("jdbc:derby:memory:harvest;create=true"));
        assertFalse(BackupLocation.isEmbeddedDerbyFile("jdbc:postgresql://db/harvest"));
        assertFalse(BackupLocation.isEmbeddedDerbyFile(null));
    }

    @Test
    void theCopyIsNamedAfterTheDatabaseFolder() {
        assertEquals("harvest", BackupLocation.databaseName("jdbc:derby:/srv/harvest/data/harvest;create=true"));
        assertEquals("market", BackupLocation.databaseName("jdbc:derby:market"));
    }
}
