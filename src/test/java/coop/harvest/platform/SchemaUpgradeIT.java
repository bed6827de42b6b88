package coop.harvest.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.accounts.control.PasswordHasher;
import coop.harvest.accounts.entity.Account;
import coop.harvest.it.ApiClient;
import coop.harvest.it.Fixtures;
import coop.harvest.it.HarvestServer;
import coop.harvest.it.LocalDerby;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A database made by the first release (scripts V001–V004 only, with data in it) is opened by the current
 * application, which upgrades it on start and keeps every row.
 */
class SchemaUpgradeIT {

    private static final List<String> FIRST_RELEASE =
            List.of("V001__platform.sql", "V002__catalog_accounts.sql", "V003__listings_demands.sql", "V004__orders.sql");
    private static final String PASSWORD = "old-release-password-2025";

    @Test
    void anOldDatabaseIsUpgradedOnStartWithoutLosingData() throws Exception {
        Path dataDir = HarvestServer.newDataDir("upgrade");
        Path database = dataDir.resolve("harvest");
        String username = Fixtures.unique("veteran");
        long buyerId;
        long cooperativeId;
        try (Connection old = LocalDerby.open(database, true)) {
            buildFirstRelease(old);
            cooperativeId = insert(old, "INSERT INTO COOPERATIVE (NAME, REGISTRATION_NUMBER, COUNTY, VERIFIED, "
                    + "CREATED_AT) VALUES ('老字号板栗合作社', '" + Fixtures.registrationNumber() + "', '沅陵县', TRUE, ?)");
            buyerId = insert(old, "INSERT INTO ACCOUNT (USERNAME, USERNAME_KEY, PASSWORD_HASH, DISPLAY_NAME, ROLE_NAME, "
                    + "ORGANIZATION, CREATED_AT) VALUES ('" + username + "', '" + Account.key(username) + "', '"
                    + PasswordHasher.hash(PASSWORD) + "', '老采购员', 'BUYER', '怀化老市场', ?)");
            insert(old, "INSERT INTO PRODUCT (CODE, NAME_ZH, NAME_EN, UNIT, CREATED_AT) "
                    + "VALUES ('chestnut', '板栗', 'Chestnut', 'kg', ?)");
            insert(old, "INSERT INTO AUDIT_ENTRY (OCCURRED_AT, ACTOR, ACTION) VALUES (?, 'system', 'OLD_RELEASE')");
        } finally {
            LocalDerby.shutdown(database);
        }

        try (HarvestServer server = HarvestServer.start("upgrade", HarvestServer.defaultEnvironment(dataDir))) {
            ApiClient api = server.api();
            ApiClient.Response ready = api.get("/health/ready");
            assertEquals(200, ready.status(), ready::toString);

            String token = Fixtures.token(api, username, PASSWORD);
            JsonObject me = api.withToken(token).get("/api/me").object();
            assertEquals(buyerId, me.getJsonNumber("id").longValue());
            assertEquals("老采购员", me.getString("displayName"));

            ApiClient.Response cooperative = api.get("/api/cooperatives/" + cooperativeId);
            assertEquals(200, cooperative.status(), cooperative::toString);
            assertEquals("老字号板栗合作社", cooperative.object().getString("name"));
            assertTrue(cooperative.object().getBoolean("verified"));

            assertTrue(api.get("/api/products").body().contains("板栗"), "the old release's product is still sold");
            ApiClient.Response backups = Fixtures.staff(api).api().get("/api/admin/backups");
            assertEquals(200, backups.status(), "tables of later releases exist: " + backups);
        }

        try (Connection upgraded = LocalDerby.open(database, false)) {
            List<String> applied = applied(upgraded);
            List<String> listed = MigrationScripts.list(resource("db/migrations.txt"));
            assertTrue(applied.containsAll(listed), () -> "applied " + applied + " of " + listed);
            assertEquals(listed.size(), applied.size(), "each script ran once");
            assertEquals(1, count(upgraded, "SELECT COUNT(*) FROM AUDIT_ENTRY WHERE ACTION = 'OLD_RELEASE'"));
        } finally {
            LocalDerby.shutdown(database);
        }
    }

    /** What the first release's migrator left behind: its scripts applied and recorded. */
    private static void buildFirstRelease(Connection connection) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE SCHEMA_HISTORY (SCRIPT VARCHAR(200) NOT NULL PRIMARY KEY, "
                    + "APPLIED_AT TIMESTAMP NOT NULL)");
            for (String script : FIRST_RELEASE) {
                for (String sql : MigrationScripts.statements(resource("db/" + script))) {
                    statement.execute(sql);
                }
                statement.execute("INSERT INTO SCHEMA_HISTORY VALUES ('" + script + "', CURRENT_TIMESTAMP)");
            }
        }
    }

    private static long insert(Connection connection, String sql) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setTimestamp(1, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                return keys.next() && keys.getObject(1) != null ? keys.getLong(1) : -1;
            }
        }
    }

    private static List<String> applied(Connection connection) throws SQLException {
        List<String> scripts = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT SCRIPT FROM SCHEMA_HISTORY")) {
            while (rows.next()) {
                scripts.add(rows.getString(1));
            }
        }
        return scripts;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SchemaUpgradeIT.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
