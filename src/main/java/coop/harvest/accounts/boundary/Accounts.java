package coop.harvest.accounts.boundary;

import coop.harvest.accounts.control.PasswordHasher;
import coop.harvest.accounts.control.PasswordPolicy;
import coop.harvest.accounts.control.RegistrationNumbers;
import coop.harvest.accounts.entity.Account;
import coop.harvest.accounts.entity.Cooperative;
import coop.harvest.platform.Dates;
import coop.harvest.vocabulary.Counties;
import coop.harvest.audit.boundary.AuditLog;
import coop.harvest.platform.FieldError;
import coop.harvest.platform.ProblemException;
import coop.harvest.platform.TransientRetry;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Registration of cooperatives and buyers, staff accounts, and reading one's own account. */
@Stateless
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    LoginThrottle throttle;

    /** In demo mode the demo data may use the published demo password; nobody else ever may. */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "HARVEST_DEMO", defaultValue = "false")
    boolean demo;

    /**
     * Changes the signed-in account's password: 403 when {@code current} is wrong (counted like a failed sign-in),
     * 422 when the new one is weak. Every token of the account is revoked and every session signed in before ends.
     */
    @PermitAll
    public void changePassword(@Valid @NotNull(message = "a JSON body is required") PasswordChange request,
                               String client) {
        Account account = em.find(Account.class, currentUser.require().accountId());
        throttle.admit(account.getUsernameKey(), client);
        if (!PasswordHasher.verify(request.current, account.getPasswordHash())) {
            throw ProblemException.forbidden("The current password is not right");
        }
        throttle.succeeded(account.getUsernameKey(), client);
        PasswordPolicy.problem(request.password, account.getUsername()).ifPresent(p -> {
            throw ProblemException.invalid("password", p);
        });
        if (request.password.equals(request.current)) {
            throw ProblemException.invalid("password", "must differ from the current password");
        }
        endCredentials(account, PasswordHasher.hash(request.password));
        audit.record(account.getUsername(), "PASSWORD_CHANGED", "ACCOUNT", account.getId(), null);
    }

    /**
     * Staff force a reset (a leaked password, a default one): the account gets a random temporary password, shown
     * once to the staff member to hand over; every token and session of the account ends. Audited with the reason.
     */
    @RolesAllowed("STAFF")
    public PasswordReset resetPassword(long accountId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "is required");
        }
        Account account = em.find(Account.class, accountId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw ProblemException.notFound("account");
        }
        String temporary = coop.harvest.accounts.control.Tokens.newToken().substring(0, 20);
        endCredentials(account, PasswordHasher.hash(temporary));
        audit.record(currentUser.require().username(), "PASSWORD_RESET", "ACCOUNT", account.getId(), reason.strip());
        return new PasswordReset(account.getId(), account.getUsername(), temporary);
    }

    private void endCredentials(Account account, String newHash) {
        account.changePassword(newHash, Dates.now());
        CallerCache.changing();
        em.createQuery("DELETE FROM ApiToken t WHERE t.account.id = :id").setParameter("id", account.getId())
                .executeUpdate();
        em.flush();
    }

    /** Registers a cooperative (creating its unverified cooperative) or a buyer. Staff cannot self-register. */
    @PermitAll
    public AccountView register(@Valid @NotNull(message = "a JSON body is required") NewAccount request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.role == Role.STAFF || request.role == Role.EXPERT) {
            errors.add(new FieldError("role", "staff and expert accounts are created by staff; choose COOPERATIVE or BUYER"));
        }
        PasswordPolicy.problem(request.password, request.username, demo)
                .ifPresent(p -> errors.add(new FieldError("password", p)));
        String county = null;
        if (request.role == Role.COOPERATIVE) {
            county = checkCooperative(request.cooperative, errors);
        } else if (request.cooperative != null) {
            errors.add(new FieldError("cooperative", "only cooperative accounts register a cooperative"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        requireFreeUsername(request.username);
        Account account = new Account(request.username.strip(), PasswordHasher.hash(request.password),
                request.displayName.strip(), request.role);
        account.setContact(blankToNull(request.email), blankToNull(request.phone));
        account.setOrganization(blankToNull(request.organization));
        if (request.role == Role.COOPERATIVE) {
            String regNo = request.cooperative.registrationNumber.strip().toUpperCase();
            if (!em.createQuery("SELECT c.id FROM Cooperative c WHERE c.registrationNumber = :r")
                    .setParameter("r", regNo).getResultList().isEmpty()) {
                throw ProblemException.conflict("A cooperative with this registration number is registered already");
            }
            Cooperative cooperative = new Cooperative(request.cooperative.name.strip(), regNo, county);
            em.persist(cooperative);
            account.setCooperative(cooperative);
        }
        return AccountView.of(persist(account));
    }

    private static String checkCooperative(NewCooperative cooperative, List<FieldError> errors) {
        if (cooperative == null) {
            errors.add(new FieldError("cooperative", "is required for a cooperative account"));
            return null;
        }
        if (!RegistrationNumbers.isValid(cooperative.registrationNumber.strip().toUpperCase())) {
            errors.add(new FieldError("cooperative.registrationNumber",
                    "must be an 18-character unified social credit code with a valid check character"));
        }
        Optional<String> county = Counties.canonical(cooperative.county);
        if (county.isEmpty()) {
            errors.add(new FieldError("cooperative.county", "must be a county of Huaihua"));
        }
        return county.orElse(null);
    }

    /** Creates another staff account (staff only; audited). */
    @RolesAllowed("STAFF")
    public AccountView createStaff(@Valid @NotNull(message = "a JSON body is required") NewStaff request) {
        PasswordPolicy.problem(request.password, request.username).ifPresent(p -> {
            throw ProblemException.invalid("password", p);
        });
        requireFreeUsername(request.username);
        Account account = new Account(request.username.strip(), PasswordHasher.hash(request.password),
                request.displayName.strip(), Role.STAFF);
        account.setContact(blankToNull(request.email), blankToNull(request.phone));
        persist(account);
        audit.record(currentUser.require().username(), "STAFF_CREATED", "ACCOUNT", account.getId(),
                account.getUsername());
        return AccountView.of(account);
    }

    /**
     * Creates an expert account. Not exposed over HTTP: consultation's staff-only facade calls it (after checking the
     * expert's profile) and so does start-up demo data. 422 for a weak password, 409 when the username is taken.
     */
    @PermitAll
    public AccountView createExpert(@Valid @NotNull(message = "a JSON body is required") NewStaff request) {
        // the demo data's experts use the published demo password, as its other accounts do (demo mode only)
        PasswordPolicy.problem(request.password, request.username, demo).ifPresent(p -> {
            throw ProblemException.invalid("password", p);
        });
        requireFreeUsername(request.username);
        Account account = new Account(request.username.strip(), PasswordHasher.hash(request.password),
                request.displayName.strip(), Role.EXPERT);
        account.setContact(blankToNull(request.email), blankToNull(request.phone));
        return AccountView.of(persist(account));
    }

    /** Creates the configured first staff account if it does not exist yet (start-up only). */
    @PermitAll
    public boolean ensureStaff(String username, String password) {
        String key = Account.key(username);
        if (!em.createQuery("SELECT a.id FROM Account a WHERE a.usernameKey = :k").setParameter("k", key)
                .getResultList().isEmpty()) {
            return false;
        }
        Account account = new Account(username.strip(), PasswordHasher.hash(password), "Bureau administrator",
                Role.STAFF);
        persist(account);
        audit.record(AuditLog.SYSTEM, "STAFF_CREATED", "ACCOUNT", account.getId(), "first staff account");
        return true;
    }

    /**
     * Changes the signed-in account's own details: each field given replaces the stored one (an empty
     * {@code deliveryAddress}, e-mail or phone removes it); fields left out stay. With {@code expectedVersion}
     * (If-Match; null for none) only while the account is still at that version: 412 when it changed since (on
     * another device, or by staff).
     */
    @PermitAll
    public AccountView updateMe(@Valid @NotNull(message = "a JSON body is required") ProfileChange request,
                                Long expectedVersion) {
        Account account = em.find(Account.class, currentUser.require().accountId());
        if (expectedVersion != null && expectedVersion != account.getVersion()) {
            throw ProblemException.preconditionFailed("The account has changed since version " + expectedVersion
                    + " (it is at " + account.getVersion() + "); reload it and try again");
        }
        if (request.displayName != null) {
            if (request.displayName.isBlank()) {
                throw ProblemException.invalid("displayName", "must not be blank");
            }
            account.setDisplayName(request.displayName.strip());
        }
        if (request.email != null || request.phone != null) {
            account.setContact(request.email != null ? blankToNull(request.email) : account.getEmail(),
                    request.phone != null ? blankToNull(request.phone) : account.getPhone());
        }
        if (request.deliveryAddress != null) {
            account.setDeliveryAddress(blankToNull(request.deliveryAddress));
        }
        em.flush(); // the answer's version is the one a next If-Match names
        return AccountView.of(account);
    }

    @PermitAll
    public AccountView me() {
        return AccountView.of(em.find(Account.class, currentUser.require().accountId()));
    }

    /** One account: its owner and staff only (others get 404, as for an unknown id). */
    @PermitAll
    public AccountView account(long id) {
        Caller caller = currentUser.require();
        Account account = em.find(Account.class, id);
        if (account == null || !(caller.isStaff() || caller.accountId() == id)) {
            throw ProblemException.notFound("Account " + id);
        }
        return AccountView.of(account);
    }

    /** Sets an account's default delivery address (start-up code: demo data); never exposed over HTTP. */
    @PermitAll
    public void setDefaultDeliveryAddress(long accountId, String address) {
        Account account = em.find(Account.class, accountId);
        if (account != null) {
            account.setDeliveryAddress(blankToNull(address));
        }
    }

    /** Remembers the language an account reads, for notifications written to it. */
    @PermitAll
    public void rememberLanguage(long accountId, String language) {
        Account account = em.find(Account.class, accountId);
        if (account != null && language != null && !language.equals(account.getLocale())) {
            account.setLocale(language);
        }
    }

    /**
     * Sets the account's phone to a number that messaging has just verified by an SMS code (its contact phone, as
     * owners and order parties see it).
     */
    @PermitAll
    public void phoneVerified(long accountId, String phone) {
        Account account = em.find(Account.class, accountId);
        if (account != null && !phone.equals(account.getPhone())) {
            account.setContact(account.getEmail(), phone);
        }
    }

    private void requireFreeUsername(String username) {
        if (!em.createQuery("SELECT a.id FROM Account a WHERE a.usernameKey = :k")
                .setParameter("k", Account.key(username)).getResultList().isEmpty()) {
            throw ProblemException.conflict("This username is taken");
        }
    }

    private Account persist(Account account) {
        try {
            em.persist(account);
            em.flush();
            return account;
        } catch (PersistenceException raced) {
            // only a unique-key violation means another request took the name; a lock timeout is retried upstream
            if (TransientRetry.hasSqlState(raced, "23505")) {
                throw ProblemException.conflict("This username is taken");
            }
            throw raced;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
