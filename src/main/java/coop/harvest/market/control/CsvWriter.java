package coop.harvest.market.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes RFC 4180 CSV in UTF-8 with a byte-order mark, which spreadsheet programs need to read Chinese text as
 * UTF-8. Records end with CRLF; a field containing a comma, quote, CR or LF is quoted and its quotes doubled.
 * Text that a spreadsheet would run as a formula (starting with = + - @ or a tab/CR) gets a leading apostrophe:
 * names come from users, and an export must never execute what a user typed (CSV injection).
 */
public final class CsvWriter implements AutoCloseable {

    private static final char BOM = '\uFEFF';

    private final Writer out;

    public CsvWriter(OutputStream stream) throws IOException {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        out.write(BOM);
    }

    /** Writes one record; null fields are empty. Numbers are passed as {@link Number} and written unguarded. */
    public void row(List<?> fields) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(fields.get(i)));
        }
        out.write(line.append("\r\n").toString());
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.math.BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        String text = neutralised(value.toString());
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static String neutralised(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
