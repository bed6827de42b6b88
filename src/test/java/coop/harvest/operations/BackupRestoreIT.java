package coop.harvest.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Fixtures;
import coop.harvest.it.Fixtures.TestAccount;
import coop.harvest.it.HarvestServer;
import coop.harvest.it.LocalDerby;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A staff member backs the live database up; data changes afterwards; the operator restores the backup by both
 * documented procedures (replace the database folder, or {@code ;restoreFrom=}) and finds the state of the backup.
 */
class BackupRestoreIT {

    @Test
    void backupTakenOnlineRestoresTheStateAtBackupTime() throws SQLException {
        Path dataDir = HarvestServer.newDataDir("backup");
        Path databasePath;
        TestAccount before;
        String after;
        try (HarvestServer server = HarvestServer.start("backup", HarvestServer.defaultEnvironment(dataDir))) {
            ApiClient api = server.api();
            before = Fixtures.buyer(api);

            assertTrue(api.post("/api/admin/backup", "").isProblem(401), "anonymous callers may not back up");
            assertTrue(before.api().post("/api/admin/backup", "").isProblem(403), "buyers may not back up");

            Instant asked = Instant.now().minusSeconds(1);
            ApiClient.Response backup = Fixtures.staff(api).api().post("/api/admin/backup", "");
            assertEquals(202, backup.status(), backup::toString);
            JsonObject taken = backup.object();
            Path folder = Path.of(taken.getString("path"));
            databasePath = Path.of(taken.getString("databasePath"));
            assertEquals(dataDir.resolve("backups").toAbsolutePath().normalize(), folder.getParent());
            assertTrue(Instant.parse(taken.getString("startedAt")).isAfter(asked), taken::toString);
            assertTrue(Files.isRegularFile(databasePath.resolve("service.properties")), "a complete Derby copy");

            ApiClient.Response listed = Fixtures.staff(api).api().get("/api/admin/backups");
            assertEquals(200, listed.status(), listed::toString);
            assertEquals(taken.getString("path"),
                    listed.object().getJsonArray("items").getJsonObject(0).getString("path"));

            after = Fixtures.buyer(api).username();
        }

        Path restoredElsewhere = dataDir.resolve("restored-" + System.nanoTime());
        try (Connection restored = LocalDerby.openUrl("jdbc:derby:" + restoredElsewhere
                + ";restoreFrom=" + databasePath.toAbsolutePath())) {
            assertTrue(accountExists(restored, before.username()), "restoreFrom brings back the account made before");
            assertFalse(accountExists(restored, after), "restoreFrom forgets the account made after the backup");
            // one page size for every table and index: a page cache of mixed sizes reallocates a page array on
            // each miss that swaps them, which at 100,000 listings forced a full collection every few seconds
            for (String table : List.of("LISTING", "NOTIFICATION", "PURCHASE_ORDER")) {
                assertEquals(Set.of(4096), pageSizes(restored, table), table + " and its indexes use 4 KB pages");
            }
        } finally {
            LocalDerby.shutdown(restoredElsewhere);
        }

        LocalDerby.replaceFolder(databasePath, dataDir.resolve("harvest"));
        try (HarvestServer restarted = HarvestServer.start("restored", HarvestServer.defaultEnvironment(dataDir))) {
            ApiClient api = restarted.api();
            Fixtures.token(api, before.username(), Fixtures.PASSWORD);
            ApiClient.Response forgotten = api.post("/api/auth/token", Json.createObjectBuilder()
                    .add("username", after).add("password", Fixtures.PASSWORD).build());
            assertTrue(forgotten.isProblem(401), "the account made after the backup is gone: " + forgotten);
            ApiClient.Response again = Fixtures.staff(api).api().post("/api/admin/backup", "");
            assertEquals(202, again.status(), "a restored database can be backed up again: " + again);
        }
    }

    private static Set<Integer> pageSizes(Connection connection, String table) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT DISTINCT PAGESIZE FROM TABLE(SYSCS_DIAG.SPACE_TABLE('" + table + "')) S")) {
            Set<Integer> sizes = new HashSet<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sizes.add(rows.getInt(1));
                }
            }
            return sizes;
        }
    }

    private static boolean accountExists(Connection connection, String username) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM ACCOUNT WHERE USERNAME = ?")) {
            select.setString(1, username);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1) == 1;
            }
        }
    }
}
