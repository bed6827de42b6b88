package coop.harvest.accounts.boundary;

import coop.harvest.accounts.control.PasswordPolicy;
import coop.harvest.accounts.control.RegistrationNumbers;
import coop.harvest.accounts.entity.Account;
import coop.harvest.vocabulary.Counties;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Everything wrong with a registration at once, for the registration page: the form's fields, the password policy,
 * the credit code's check character, and whether the username or the credit code is taken, so that the visitor gets
 * one round of errors that says which. {@link Accounts#register} still decides (a race ends there as a 409).
 */
@Stateless
@PermitAll
public class RegistrationCheck {

    /** One problem: the request field (e.g. {@code cooperative.registrationNumber}) and its kind. */
    public record Problem(String field, Kind kind) {
    }

    /** What is wrong with a field. */
    public enum Kind { REQUIRED, FORMAT, TOO_LONG, WEAK, TAKEN }

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    @ConfigProperty(name = "HARVEST_DEMO", defaultValue = "false")
    boolean demo;

    public List<Problem> problems(NewAccount request) {
        Set<Problem> problems = new LinkedHashSet<>();
        for (ConstraintViolation<NewAccount> v : validator.validate(request)) {
            problems.add(new Problem(v.getPropertyPath().toString(),
                    kindOf(v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())));
        }
        if (request.password == null || request.password.isEmpty()) {
            problems.add(new Problem("password", Kind.REQUIRED));
        } else {
            PasswordPolicy.problem(request.password, request.username, demo)
                    .ifPresent(p -> problems.add(new Problem("password", Kind.WEAK)));
        }
        if (request.username != null && !request.username.isBlank() && usernameTaken(request.username)) {
            problems.add(new Problem("username", Kind.TAKEN));
        }
        NewCooperative cooperative = request.cooperative;
        if (request.role == Role.COOPERATIVE && cooperative != null) {
            String regNo = cooperative.registrationNumber == null ? "" : cooperative.registrationNumber.strip().toUpperCase();
            if (!regNo.isEmpty() && !RegistrationNumbers.isValid(regNo)) {
                problems.add(new Problem("cooperative.registrationNumber", Kind.FORMAT));
            } else if (!regNo.isEmpty() && registrationNumberTaken(regNo)) {
                problems.add(new Problem("cooperative.registrationNumber", Kind.TAKEN));
            }
            if (cooperative.county != null && !cooperative.county.isBlank()
                    && Counties.canonical(cooperative.county).isEmpty()) {
                problems.add(new Problem("cooperative.county", Kind.FORMAT));
            }
        }
        return onePerField(new ArrayList<>(problems));
    }

    /** A missing field is only missing (an empty username breaks its pattern too); else the first problem counts. */
    static List<Problem> onePerField(List<Problem> problems) {
        java.util.Map<String, Problem> byField = new java.util.LinkedHashMap<>();
        for (Problem p : problems) {
            Problem known = byField.get(p.field());
            if (known == null || p.kind() == Kind.REQUIRED && known.kind() != Kind.REQUIRED) {
                byField.put(p.field(), p);
            }
        }
        return new ArrayList<>(byField.values());
    }

    static Kind kindOf(String constraint) {
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> Kind.REQUIRED;
            case "Size" -> Kind.TOO_LONG;
            default -> Kind.FORMAT;
        };
    }

    private boolean usernameTaken(String username) {
        return !em.createQuery("SELECT a.id FROM Account a WHERE a.usernameKey = :k")
                .setParameter("k", Account.key(username)).setMaxResults(1).getResultList().isEmpty();
    }

    private boolean registrationNumberTaken(String regNo) {
        return !em.createQuery("SELECT c.id FROM Cooperative c WHERE c.registrationNumber = :r")
                .setParameter("r", regNo).setMaxResults(1).getResultList().isEmpty();
    }
}
