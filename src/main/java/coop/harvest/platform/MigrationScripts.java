package coop.harvest.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the migration index and splits SQL scripts into statements (one statement ends with ';' at line end, except
 * inside a {@code $$}-quoted body such as a PostgreSQL function's).
 */
final class MigrationScripts {

    private MigrationScripts() {
    }

    /** Script names from the index, in order: one per line, blank lines and {@code #} comments ignored. */
    static List<String> list(String index) {
        List<String> scripts = new ArrayList<>();
        for (String line : index.split("\\R")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                scripts.add(name);
            }
        }
        return scripts;
    }

    /** Statements of a script; {@code --} comment lines are dropped. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (!quoted && (trimmed.isEmpty() || trimmed.startsWith("--"))) {
                continue;
            }
            quoted ^= dollarQuotes(trimmed) % 2 == 1;
            if (!quoted && trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                statements.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static int dollarQuotes(String line) {
        int count = 0;
        for (int at = line.indexOf("$$"); at >= 0; at = line.indexOf("$$", at + 2)) {
            count++;
        }
        return count;
    }
}
