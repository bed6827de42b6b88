package coop.harvest.platform;

import java.util.List;

/** An RFC 9457 problem document; {@code errors} only for validation problems, {@code errorId} only for 5xx. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors, String errorId) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
