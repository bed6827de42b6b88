package coop.harvest.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** How the migration index and scripts are read, and that the shipped index and scripts agree with each other. */
class MigrationScriptsTest {

    @Test
    void indexListsNamesInOrderSkippingBlankLinesAndComments() {
        String index = "# header\nV001__a.sql\n\n   V002__b.sql  \r\n# V003__old.sql\nV010__c.sql";
        assertEquals(List.of("V001__a.sql", "V002__b.sql", "V010__c.sql"), MigrationScripts.list(index));
    }

    @Test
    void aDollarQuotedBodyIsOneStatementWithItsSemicolonsAndLines() {
        String script = """
                CREATE FUNCTION G() RETURNS TRIGGER LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO GUARD VALUES (lower(TG_OP));

                    RETURN NULL;
                END
                $$;
                CREATE TRIGGER T AFTER UPDATE ON A FOR EACH STATEMENT EXECUTE FUNCTION G();
                """;
        List<String> statements = MigrationScripts.statements(script);
        assertEquals(2, statements.size(), statements::toString);
        assertTrue(statements.get(0).contains("RETURN NULL;\nEND\n$$"), statements.get(0));
        assertEquals("CREATE TRIGGER T AFTER UPDATE ON A FOR EACH STATEMENT EXECUTE FUNCTION G()", statements.get(1));
    }

    @Test
    void postgresOverridesReplaceOnlyScriptsOfTheIndexAndDerbyUsesThePortableOnes() throws Exception {
        Set<String> listed = new HashSet<>(MigrationScripts.list(resource("db/migrations.txt")));
        Path folder = Path.of(MigrationScriptsTest.class.getClassLoader().getResource("db/postgres").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                assertTrue(listed.contains(name), "db/postgres/" + name + " replaces no listed script");
                assertEquals("db/postgres/" + name, SchemaMigrator.resource(name, Dialect.POSTGRES));
                assertEquals("db/" + name, SchemaMigrator.resource(name, Dialect.DERBY));
            }
        }
        assertEquals("db/V002__catalog_accounts.sql", SchemaMigrator.resource("V002__catalog_accounts.sql",
                Dialect.POSTGRES));
    }

    @Test
    void anEmptyIndexHasNoScripts() {
        assertEquals(List.of(), MigrationScripts.list(""));
        assertEquals(List.of(), MigrationScripts.list("# nothing yet\n\n"));
    }

    @Test
    void statementsEndWithASemicolonAtLineEndAndMaySpanLines() {
        String script = """
                -- a table
                CREATE TABLE T (
                    ID BIGINT NOT NULL,
                    -- a comment inside
                    NAME VARCHAR(10)
                );
                CREATE INDEX T_NAME ON T (NAME);
                """;
        List<String> statements = MigrationScripts.statements(script);
        assertEquals(2, statements.size(), statements::toString);
        assertEquals("CREATE TABLE T (\nID BIGINT NOT NULL,\nNAME VARCHAR(10)\n)", statements.get(0));
        assertEquals("CREATE INDEX T_NAME ON T (NAME)", statements.get(1));
    }

    @Test
    void semicolonsInsideALineDoNotSplitAndTheLastStatementNeedsNoSemicolon() {
        String script = "INSERT INTO T (NAME) VALUES ('a;b');\r\nUPDATE T SET NAME = 'c'";
        assertEquals(List.of("INSERT INTO T (NAME) VALUES ('a;b')", "UPDATE T SET NAME = 'c'"),
                MigrationScripts.statements(script));
    }

    @Test
    void commentsAndBlankLinesAloneMakeNoStatement() {
        assertEquals(List.of(), MigrationScripts.statements("-- only a comment\n\n   \n-- another"));
    }

    @Test
    void windowsLineEndsAndIndentedCommentsAreHandled() {
        String script = "  -- indented comment\r\nCALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('k', 'v');\r\n";
        assertEquals(List.of("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('k', 'v')"),
                MigrationScripts.statements(script));
    }

    @Test
    void everyShippedScriptIsListedOnceExistsAndHasStatements() throws IOException, URISyntaxException {
        List<String> listed = MigrationScripts.list(resource("db/migrations.txt"));
        Set<String> unique = new HashSet<>(listed);
        assertEquals(listed.size(), unique.size(), () -> "a script is listed twice: " + listed);
        for (String script : listed) {
            assertTrue(script.matches("V\\d{3}__[A-Za-z0-9_]+\\.sql"), () -> "script name " + script);
            assertFalse(MigrationScripts.statements(resource("db/" + script)).isEmpty(), script);
        }
        Path folder = Path.of(getClass().getClassLoader().getResource("db/migrations.txt").toURI()).getParent();
        try (Stream<Path> files = Files.list(folder)) {
            List<String> onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).toList();
            assertTrue(unique.containsAll(onDisk), () -> "scripts not in migrations.txt: " + onDisk);
        }
        assertTrue(listed.indexOf("V001__platform.sql") == 0, "the platform script comes first");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = MigrationScriptsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
