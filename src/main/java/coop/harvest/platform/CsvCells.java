package coop.harvest.platform;

/**
 * One CSV cell as every export writes it: always quoted (quotes doubled), so that neither a comma nor a semicolon
 * inside it starts another cell whatever separator the spreadsheet's locale uses; and text that a spreadsheet would
 * run as a formula gets an apostrophe wherever a cell could begin, at the start and after each {@code ;}, {@code ,},
 * tab or line break ({@code Acme;=1+1} becomes {@code "Acme;'=1+1"}). Exported names and reasons come from users:
 * an export must never execute what a user typed (CSV injection).
 */
public final class CsvCells {

    private static final String FORMULA_STARTS = "=+-@";
    private static final String FIRST_CHARACTER_STARTS = "\t\r";
    private static final String CELL_BREAKS = ";,\t\r\n";

    private CsvCells() {
    }

    /** A text cell, quoted and neutralised; null is an empty quoted cell. */
    public static String text(String value) {
        if (value == null) {
            return "\"\"";
        }
        StringBuilder cell = new StringBuilder(value.length() + 4).append('"');
        boolean cellStart = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (cellStart && FORMULA_STARTS.indexOf(c) >= 0 || i == 0 && FIRST_CHARACTER_STARTS.indexOf(c) >= 0) {
                cell.append('\'');
            }
            cell.append(c == '"' ? "\"\"" : String.valueOf(c));
            cellStart = CELL_BREAKS.indexOf(c) >= 0 || cellStart && c == ' ';
        }
        return cell.append('"').toString();
    }

    /** A number or instant written by the server (never user text): quoted as well, never neutralised. */
    public static String plain(Object value) {
        return value == null ? "\"\"" : "\"" + value.toString().replace("\"", "\"\"") + "\"";
    }
}
