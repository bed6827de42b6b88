package coop.harvest.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Bean Validation of every bound request body, once, at the platform's body reader (422 naming each field). */
final class BodyValidation {

    private static volatile Validator validator;

    private BodyValidation() {
    }

    static <T> T check(T body) {
        if (body == null) {
            return null;
        }
        Set<ConstraintViolation<T>> violations = validator().validate(body);
        if (violations.isEmpty()) {
            return body;
        }
        List<FieldError> errors = violations.stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        throw ProblemException.invalid(errors);
    }

    private static Validator validator() {
        Validator current = validator;
        if (current == null) {
            // the factory stays open for the application's life: its validators need it
            ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
            current = factory.getValidator();
            validator = current;
        }
        return current;
    }
}
