package coop.harvest.audit.control;

import coop.harvest.platform.CsvCells;
import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The audit log as CSV for spreadsheets (RFC 4180): UTF-8 with a byte-order mark so Excel reads Chinese text,
 * CRLF line ends, every field quoted and formula characters neutralised wherever a cell could begin
 * ({@link CsvCells}), so a reason typed by a user can never run as a formula on a staff member's machine.
 */
public final class AuditCsv {

    public static final String BOM = "\uFEFF";
    public static final String HEADER = "\"at\",\"actor\",\"action\",\"targetType\",\"targetId\",\"reason\"\r\n";

    private AuditCsv() {
    }

    public static String row(Instant at, String actor, String action, String targetType, Long targetId,
                             String reason) {
        return Stream.of(CsvCells.plain(at), CsvCells.text(actor), CsvCells.text(action), CsvCells.text(targetType),
                        CsvCells.plain(targetId), CsvCells.text(reason))
                .collect(Collectors.joining(",", "", "\r\n"));
    }
}
