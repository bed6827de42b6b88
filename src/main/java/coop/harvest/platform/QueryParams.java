package coop.harvest.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * Parses query parameters taken as strings. JAX-RS answers 404 when it cannot convert a typed query parameter;
 * taking strings and parsing here gives the client a 400 naming the parameter instead.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static Integer integer(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw bad(name, "must be a whole number");
        }
    }

    public static Long id(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw bad(name, "must be a numeric id");
        }
    }

    public static BigDecimal decimal(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            BigDecimal parsed = new BigDecimal(value.strip());
            if (parsed.precision() - parsed.scale() > 15 || parsed.scale() > 12) {
                throw ProblemException.invalid(name, "is out of range");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw bad(name, "must be a number");
        }
    }

    public static LocalDate date(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (!Dates.inRange(date)) {
                throw ProblemException.invalid(name, Dates.RANGE);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw bad(name, "must be a date such as 2026-11-24");
        }
    }

    public static Boolean bool(String name, String value) {
        if (blank(value)) {
            return null;
        }
        return switch (value.strip().toLowerCase()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw bad(name, "must be true or false");
        };
    }

    /** An enum constant by name; unknown values are a broken rule (422). */
    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw ProblemException.invalid(name, "must be one of " + allowed);
        }
    }

    public static PageRequest page(String page, String size) {
        return PageRequest.of(integer("page", page), integer("size", size));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static ProblemException bad(String name, String message) {
        return ProblemException.badRequest("Query parameter " + name + " " + message,
                List.of(new FieldError(name, message)));
    }
}
