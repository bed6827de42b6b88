package coop.harvest.accounts.boundary;

import coop.harvest.accounts.control.PasswordHasher;
import coop.harvest.accounts.control.Tokens;
import coop.harvest.accounts.entity.Account;
import coop.harvest.accounts.entity.ApiToken;
import coop.harvest.audit.boundary.AuditLog;
import coop.harvest.platform.Dates;
import coop.harvest.platform.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Checks credentials and bearer tokens; issues and revokes tokens. */
@Stateless
@PermitAll
public class Authenticator {

    @PersistenceContext
    EntityManager em;

    @Inject
    LoginThrottle throttle;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "HARVEST_TOKEN_TTL", defaultValue = "PT12H")
    Duration tokenTtl;

    /** A new bearer token for valid credentials: 401 when wrong, 429 when throttled, 403 when suspended. */
    public TokenView issueToken(@Valid @NotNull(message = "a JSON body is required") Credentials credentials,
                                String client) {
        Caller caller = verify(credentials.username, credentials.password, client);
        String token = Tokens.newToken();
        Instant expiresAt = Dates.now().plus(tokenTtl);
        em.persist(new ApiToken(Tokens.sha256(token), em.getReference(Account.class, caller.accountId()), expiresAt));
        return new TokenView(token, expiresAt);
    }

    /** The caller for valid credentials, with the same throttling and answers as {@link #issueToken}. */
    public Caller verify(String username, String password, String client) {
        String key = username == null ? "" : Account.key(username);
        if (key.isEmpty() || key.length() > 40 || password == null || password.length() > 1000) {
            throw wrongCredentials();
        }
        // counted before the (slow) check: a burst of guesses gets no more checks than the throttle allows
        throttle.admit(key, client);
        Optional<Account> account = byKey(key);
        boolean valid = PasswordChecks.run(() -> account.map(a -> PasswordHasher.verify(password, a.getPasswordHash()))
                .orElseGet(() -> {
                    PasswordHasher.verifyDecoy(password);
                    return false;
                }));
        if (!valid) {
            audit.recordAlone(key, "SIGN_IN_FAILED", "ACCOUNT", account.map(Account::getId).orElse(null), null);
            throw wrongCredentials();
        }
        throttle.succeeded(key, client);
        if (account.get().isBlocked()) {
            throw ProblemException.forbidden("This account is suspended; contact the agricultural bureau");
        }
        return Caller.of(account.get());
    }

    private static ProblemException wrongCredentials() {
        return ProblemException.unauthorized("Wrong username or password");
    }

    /**
     * The caller a bearer token stands for, if the token is known, unexpired and its account not suspended. Read
     * outside any transaction (every API request asks, and a read needs none), as are the two look-ups below.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Caller> callerForToken(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        String hash = Tokens.sha256(token);
        Instant now = Dates.now();
        Optional<Caller> remembered = CallerCache.get(hash, now);
        if (remembered.isPresent()) {
            return remembered;
        }
        long generation = CallerCache.generation();
        List<ApiToken> found = em.createQuery("SELECT t FROM ApiToken t JOIN FETCH t.account a "
                        + "LEFT JOIN FETCH a.cooperative WHERE t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", hash)
                .getResultList();
        for (ApiToken t : found) {
            if (t.getExpiresAt().isAfter(now) && !t.getAccount().isBlocked()) {
                Caller caller = Caller.of(t.getAccount());
                CallerCache.remember(hash, caller, t.getExpiresAt(), generation);
                return Optional.of(caller);
            }
        }
        return Optional.empty();
    }

    /** The caller for a signed-in session's account, unless it has been suspended since. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Caller> callerById(long accountId) {
        Account account = em.find(Account.class, accountId);
        return account == null || account.isBlocked() ? Optional.empty() : Optional.of(Caller.of(account));
    }

    /** The caller of a session signed in at {@code signedInAt}, unless suspended or its password changed since. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Caller> callerForSession(long accountId, Instant signedInAt) {
        Account account = em.find(Account.class, accountId);
        return account == null || account.isBlocked() || !account.sessionValid(signedInAt) ? Optional.empty()
                : Optional.of(Caller.of(account));
    }

    /** Deletes tokens past their expiry (the purge timer). */
    public int purgeExpiredTokens(Instant now) {
        return em.createQuery("DELETE FROM ApiToken t WHERE t.expiresAt < :now").setParameter("now", now)
                .executeUpdate();
    }

    public Optional<Caller> callerByUsername(String username) {
        return byKey(Account.key(username)).map(Caller::of);
    }

    /** Revokes one token; unknown tokens are ignored. */
    public void revoke(String token) {
        CallerCache.changing();
        em.createQuery("DELETE FROM ApiToken t WHERE t.tokenHash = :hash")
                .setParameter("hash", Tokens.sha256(token)).executeUpdate();
    }

    private Optional<Account> byKey(String key) {
        return em.createQuery("SELECT a FROM Account a LEFT JOIN FETCH a.cooperative WHERE a.usernameKey = :key",
                        Account.class)
                .setParameter("key", key).getResultStream().findFirst();
    }
}
