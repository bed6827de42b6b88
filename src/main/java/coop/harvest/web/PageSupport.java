package coop.harvest.web;

import coop.harvest.platform.FieldError;
import coop.harvest.platform.ProblemException;
import coop.harvest.platform.TransientRetry;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the listing and demand pages share: running a boundary call and showing its refusal next to the fields in
 * the visitor's language (bundle key {@code <prefix>.error.<field>}, else a general one), parsing typed numbers
 * and dates, and answering 404 for a missing id.
 */
public final class PageSupport {

    /** The client id whose messages the layout's growl shows. */
    public static final String GROWL = "growl";

    private PageSupport() {
    }

    /**
     * Runs the action (again when it lost a lock conflict, as the API does: withdrawing, cancelling and saving lock
     * rows that matching locks too); on a refusal shows the errors next to {@code form:<field>} and answers null.
     */
    public static <T> T attempt(String form, String prefix, Supplier<T> action) {
        try {
            return TransientRetry.run(action);
        } catch (ProblemException problem) {
            show(form, prefix, problem.errors(), problem.status());
        } catch (EJBException e) {
            if (TransientRetry.isTransient(e)) {
                show(form, prefix, List.of(), 503);
                return null;
            }
            if (!(e.getCause() instanceof ConstraintViolationException violations)) {
                throw e;
            }
            List<FieldError> errors = new ArrayList<>();
            for (ConstraintViolation<?> v : violations.getConstraintViolations()) {
                String field = "";
                for (Path.Node node : v.getPropertyPath()) {
                    field = node.getName();
                }
                errors.add(new FieldError(field, v.getMessage()));
            }
            show(form, prefix, errors, 422);
        }
        return null;
    }

    private static void show(String form, String prefix, List<FieldError> errors, int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (errors.isEmpty()) {
            String key = prefix + ".error.status." + status;
            String text = Texts.get(faces, key);
            if (text.equals(key)) {
                // the page has no word of its own for this status: the form's, where there is one (busy: try again)
                String general = "form.status." + status;
                text = Texts.get(faces, general);
                if (text.equals(general)) {
                    text = Texts.get(faces, "form.failed");
                }
            }
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            return;
        }
        for (FieldError error : errors) {
            String key = prefix + ".error." + error.field();
            String text = Texts.get(faces, key);
            fieldError(form, error.field(), text.equals(key) ? fallback(faces, error.message()) : text);
        }
    }

    /**
     * A field error the page bundle has no text for: the API's English words only on an English page; a Chinese
     * page says in Chinese what kind of problem it is (a field's own text is better: add {@code <prefix>.error.<field>}).
     */
    static String fallback(FacesContext faces, String apiMessage) {
        String kind = FieldTexts.kindOf(apiMessage);
        String language = faces.getViewRoot() == null ? "zh" : faces.getViewRoot().getLocale().getLanguage();
        boolean justKind = apiMessage != null && apiMessage.strip().equals(kind);
        if ("en".equals(language) && apiMessage != null && !apiMessage.isBlank() && !justKind) {
            return FieldTexts.sentence(apiMessage);
        }
        return Texts.get(faces, "form.error." + kind);
    }

    /**
     * Checks a request body on the page before calling the boundary, so that every problem comes in one round: the
     * body's Bean Validation constraints (for fields that have no error yet, e.g. one that did not parse) and the
     * given rule errors. Shows them next to their fields; true when there was none, and no other error either.
     */
    public static boolean check(String form, String prefix, Object body, List<FieldError> ruleErrors) {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<FieldError> errors = new ArrayList<>();
        jakarta.validation.Validator validator = jakarta.enterprise.inject.spi.CDI.current()
                .select(jakarta.validation.Validator.class).get();
        for (ConstraintViolation<Object> v : validator.validate(body)) {
            String field = "";
            for (Path.Node node : v.getPropertyPath()) {
                field = node.getName();
            }
            errors.add(new FieldError(field, FieldTexts.kindOfConstraint(
                    v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())));
        }
        errors.addAll(ruleErrors);
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (FieldError error : errors) {
            String clientId = form + ":" + error.field();
            if (!faces.getMessageList(clientId).isEmpty() || !shown.add(error.field())) {
                continue;
            }
            String key = prefix + ".error." + error.field();
            String text = Texts.get(faces, key);
            fieldError(form, error.field(), text.equals(key) ? fallback(faces, error.message()) : text);
        }
        return !hasErrors();
    }

    public static void fieldError(String form, String field, String message) {
        FacesContext.getCurrentInstance().addMessage(form + ":" + field,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /** A typed decimal, or null (with an error next to the field) when it is not a number. */
    public static BigDecimal decimal(String form, String field, String prefix, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            fieldError(form, field, Texts.get(FacesContext.getCurrentInstance(), prefix + ".error." + field));
            return null;
        }
    }

    public static LocalDate date(String form, String field, String prefix, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (!coop.harvest.platform.Dates.inRange(date)) {
                throw new DateTimeParseException("out of range", value, 0);
            }
            return date;
        } catch (DateTimeParseException e) {
            fieldError(form, field, Texts.get(FacesContext.getCurrentInstance(), prefix + ".error." + field));
            return null;
        }
    }

    /**
     * A date typed or picked in a date picker bound to text ({@link DateTextConverter}): in the page's pattern
     * ({@code date.pattern}) or as yyyy-MM-dd; null when blank, or (with {@code date.invalid} next to the field, and the
     * form's other checks still run) when it is no such date.
     */
    public static LocalDate pickedDate(String form, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date = parseDate(text.strip(), text("date.pattern"));
        if (date == null) {
            fieldError(form, field, text("date.invalid"));
        }
        return date;
    }

    /** A date as a date picker bound to text shows it, in the page's pattern; "" for none. */
    public static String dateText(LocalDate date) {
        return date == null ? "" : date.format(java.time.format.DateTimeFormatter.ofPattern(text("date.pattern"),
                java.util.Locale.ROOT));
    }

    /** The date in the pattern (strictly: 02/30/2026 is no date) or in ISO form; null when it is neither. */
    static LocalDate parseDate(String text, String pattern) {
        for (String candidate : List.of(pattern, "yyyy-MM-dd")) {
            try {
                LocalDate date = LocalDate.parse(text, java.time.format.DateTimeFormatter
                        .ofPattern(candidate.replace("yyyy", "uuuu"), java.util.Locale.ROOT)
                        .withResolverStyle(java.time.format.ResolverStyle.STRICT));
                return coop.harvest.platform.Dates.inRange(date) ? date : null;
            } catch (DateTimeParseException | IllegalArgumentException notThisOne) {
                // try the next form
            }
        }
        return null;
    }

    public static boolean hasErrors() {
        return FacesContext.getCurrentInstance().getMessageList().stream()
                .anyMatch(m -> m.getSeverity() == FacesMessage.SEVERITY_ERROR);
    }

    /** Confirms a successful action in the layout's growl (the messages under the client id "growl"). */
    public static void info(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(GROWL, new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.get(faces, key, args), null));
    }

    /** A text of the page bundle in the view's language. */
    public static String text(String key, Object... args) {
        return Texts.get(FacesContext.getCurrentInstance(), key, args);
    }

    /** Says what went wrong with the whole action (not one field) in the message list under the page header. */
    public static void error(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get(faces, key, args), null));
    }

    /** Ends the request with 404 (the site's error page) for an unknown or hidden id. */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, "Not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
