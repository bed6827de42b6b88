package coop.harvest.operations.control;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Names backup folders {@code <data dir>/backups/<UTC timestamp>}: sortable by name, readable by an operator, and
 * with milliseconds so two backups a moment apart never share a folder.
 */
public final class BackupLocation {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private BackupLocation() {
    }

    public static Path folder(Path dataDir, Instant startedAt) {
        return dataDir.toAbsolutePath().normalize().resolve("backups").resolve(STAMP.format(startedAt));
    }

    /**
     * True for a JDBC URL of a Derby database this process opens itself (file based), which Derby can copy online;
     * false for a network server, an in-memory database, or another product.
     */
    public static boolean isEmbeddedDerbyFile(String jdbcUrl) {
        if (jdbcUrl == null) {
            return false;
        }
        String url = jdbcUrl.strip().toLowerCase(Locale.ROOT);
        if (!url.startsWith("jdbc:derby:") || url.startsWith("jdbc:derby://")) {
            return false;
        }
        String rest = url.substring("jdbc:derby:".length());
        return !rest.startsWith("memory:") && !rest.startsWith("classpath:") && !rest.startsWith("jar:");
    }

    /** The last path element of an embedded Derby URL's database: the folder name Derby gives the copy. */
    public static String databaseName(String jdbcUrl) {
        String database = jdbcUrl.strip().substring("jdbc:derby:".length());
        int attributes = database.indexOf(';');
        if (attributes >= 0) {
            database = database.substring(0, attributes);
        }
        String name = Path.of(database).getFileName().toString();
        return name.isEmpty() ? database : name;
    }
}
