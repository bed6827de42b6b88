package coop.harvest.audit.boundary;

import coop.harvest.platform.FieldError;
import coop.harvest.platform.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The audit log's search: every criterion optional. {@code from}/{@code to} take an ISO instant or a business date;
 * a date means that whole day in the market's time zone, so {@code from=2026-11-24&to=2026-11-24} is one day.
 * The range is half-open: {@code from} inclusive, {@code until} exclusive.
 */
public record AuditFilter(String actor, String action, String targetType, Long targetId, Instant from,
                          Instant until) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);

    /** Parses query parameters; a 400 naming the parameter for an unreadable value, 422 for an empty range. */
    public static AuditFilter parse(String actor, String action, String targetType, String targetId, String from,
                                    String to, ZoneId zone) {
        List<FieldError> errors = new ArrayList<>();
        Long id = null;
        if (!blank(targetId)) {
            try {
                id = Long.valueOf(targetId.strip());
            } catch (NumberFormatException e) {
                errors.add(new FieldError("targetId", "must be a numeric id"));
            }
        }
        Instant start = instant("from", from, zone, false, errors);
        Instant end = instant("to", to, zone, true, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("Some query parameters could not be read; see errors", errors);
        }
        if (start != null && end != null && !start.isBefore(end)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        return new AuditFilter(trimmed(actor), upper(action), upper(targetType), id, start, end);
    }

    private static Instant instant(String name, String value, ZoneId zone, boolean endOfRange,
                                   List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                if (day.getYear() < 1 || day.getYear() > 9999) {
                    throw new DateTimeParseException("out of range", text, 0);
                }
                return (endOfRange ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            Instant at = Instant.parse(text);
            if (at.isBefore(Instant.parse("0001-01-01T00:00:00Z")) || at.isAfter(Instant.parse("9999-12-30T00:00:00Z"))) {
                throw new DateTimeParseException("out of range", text, 0);
            }
            return endOfRange ? at.plusNanos(1) : at;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be a date such as 2026-11-24 or an instant such as "
                    + "2026-11-24T08:00:00Z"));
            return null;
        }
    }

    /** The JPQL condition on an AuditEntry aliased {@code e}, starting with " WHERE" (or empty). */
    public String where() {
        List<String> conditions = new ArrayList<>();
        parameters().keySet().forEach(name -> conditions.add(switch (name) {
            case "actor" -> "LOWER(e.actor) = :actor";
            case "action" -> "e.action = :action";
            case "targetType" -> "e.targetType = :targetType";
            case "targetId" -> "e.targetId = :targetId";
            case "from" -> "e.at >= :from";
            case "until" -> "e.at < :until";
            default -> throw new IllegalStateException(name);
        }));
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The values of the parameters {@link #where()} names. */
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (actor != null) {
            parameters.put("actor", actor.toLowerCase(Locale.ROOT));
        }
        if (action != null) {
            parameters.put("action", action);
        }
        if (targetType != null) {
            parameters.put("targetType", targetType);
        }
        if (targetId != null) {
            parameters.put("targetId", targetId);
        }
        if (from != null) {
            parameters.put("from", from);
        }
        if (until != null) {
            parameters.put("until", until);
        }
        return parameters;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trimmed(String value) {
        return blank(value) ? null : value.strip();
    }

    private static String upper(String value) {
        return blank(value) ? null : value.strip().toUpperCase(Locale.ROOT);
    }
}
