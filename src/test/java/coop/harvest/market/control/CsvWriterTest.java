package coop.harvest.market.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static String write(List<?>... rows) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter csv = new CsvWriter(bytes)) {
            for (List<?> row : rows) {
                csv.row(row);
            }
        }
        byte[] raw = bytes.toByteArray();
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(raw, 3),
                "starts with the UTF-8 byte-order mark");
        return new String(raw, 3, raw.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    void everyFieldIsQuotedWithCrLf() throws Exception {
        assertEquals("\"1\",\"kiwi\",\"12.500\",\"\"\r\n", write(List.of(1, "kiwi", new BigDecimal("12.500"), "")));
    }

    @Test
    void commasQuotesAndNewlinesAreQuotedPerRfc4180() throws Exception {
        assertEquals("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\"\r\n",
                write(List.of("a,b", "say \"hi\"", "two\nlines", "cr\rhere")));
    }

    @Test
    void chineseTextIsWrittenAsUtf8() throws Exception {
        String csv = write(List.of("溆浦县诗成中药材合作社", "金银花，特级"));
        assertEquals("\"溆浦县诗成中药材合作社\",\"金银花，特级\"\r\n", csv);
    }

    @Test
    void nullsAreEmptyFields() throws Exception {
        assertEquals("\"x\",\"\",\"y\"\r\n", write(Arrays.asList("x", null, "y")));
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsNeutralised() throws Exception {
        assertEquals("\"'+1\",\"'-2\",\"'@SUM(A1)\",\"'=1+1\"\r\n", write(List.of("+1", "-2", "@SUM(A1)", "=1+1")));
        assertEquals("\"Acme;'=1+1;'@SUM(2*3)\"\r\n", write(List.of("Acme;=1+1;@SUM(2*3)")),
                "a cell that a semicolon locale would start is neutralised too");
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"\r\n", write(List.of("=HYPERLINK(\"http://x\")")),
                "neutralised first, then quoted");
        assertEquals("\"-1.50\"\r\n", write(List.of(new BigDecimal("-1.50"))), "numbers are never altered");
    }
}
