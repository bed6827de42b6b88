package coop.harvest.platform;

/** One broken rule of a request, named by its JSON field. */
public record FieldError(String field, String message) {
}
