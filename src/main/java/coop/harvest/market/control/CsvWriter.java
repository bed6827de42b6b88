package coop.harvest.market.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes RFC 4180 CSV in UTF-8 with a byte-order mark, which spreadsheet programs need to read Chinese text as
 * UTF-8. Records end with CRLF; every field is quoted and formula characters neutralised wherever a cell could
 * begin ({@link coop.harvest.platform.CsvCells}).
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
        if (value instanceof java.math.BigDecimal decimal) {
            return coop.harvest.platform.CsvCells.plain(decimal.toPlainString());
        }
        if (value instanceof Number number) {
            return coop.harvest.platform.CsvCells.plain(number);
        }
        return coop.harvest.platform.CsvCells.text(value == null ? null : value.toString());
    }

    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
