package coop.harvest.audit.control;

import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The audit log as CSV for spreadsheets (RFC 4180): UTF-8 with a byte-order mark so Excel reads Chinese text,
 * CRLF line ends, fields quoted when they hold a comma, quote or line break. A text field that a spreadsheet would
 * take for a formula (starting with =, +, -, @, tab or CR) is prefixed with an apostrophe, so a reason typed by a
 * user can never run as a formula on a staff member's machine.
 */
public final class AuditCsv {

    public static final String BOM = "\uFEFF";
    public static final String HEADER = "at,actor,action,targetType,targetId,reason\r\n";

    private AuditCsv() {
    }

    public static String row(Instant at, String actor, String action, String targetType, Long targetId,
                             String reason) {
        return Stream.of(at.toString(), text(actor), text(action), text(targetType),
                        targetId == null ? "" : targetId.toString(), text(reason))
                .map(AuditCsv::quoted)
                .collect(Collectors.joining(",", "", "\r\n"));
    }

    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0
                && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
