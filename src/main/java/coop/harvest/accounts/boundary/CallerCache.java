package coop.harvest.accounts.boundary;

import coop.harvest.platform.AfterCommit;
import coop.harvest.platform.Settings;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The caller each bearer token stood for when last read, so that an API request does not read its token, account
 * and cooperative from the database every time. Exact, not merely brief: everything that can end or change a token's
 * caller — revoking it, a new password (which deletes the account's tokens), suspending the account, renaming its
 * cooperative — moves one generation once its transaction has committed ({@link CallerChanges} for the entities, the
 * bulk deletes call {@link #changing()}), and a remembered caller counts only under the generation read before the
 * token itself was. Expiry is checked on every use.
 * <p>
 * Only with the embedded Derby database: that is one instance by construction, so no change can be made where this
 * instance would not see it. On a shared database (Derby network server, PostgreSQL) with several instances behind a
 * balancer, another instance's revocation would not move this one's generation, so every request reads its token.
 */
final class CallerCache {

    /** Enough for every token in use on a county's busiest day; past it the cache starts again empty. */
    static final int MAX_TOKENS = 20_000;

    private record Remembered(Caller caller, Instant expiresAt, long generation) {
    }

    private static final AtomicLong GENERATION = new AtomicLong();
    private static final Object MARK = new Object();
    private static final ConcurrentMap<String, Remembered> CALLERS = new ConcurrentHashMap<>();
    private static volatile Boolean enabled;

    private CallerCache() {
    }

    /** Read before the token is looked up in the database; pass it to {@link #remember}. */
    static long generation() {
        return GENERATION.get();
    }

    static Optional<Caller> get(String tokenHash, Instant now) {
        if (!enabled()) {
            return Optional.empty();
        }
        Remembered remembered = CALLERS.get(tokenHash);
        if (remembered == null || remembered.generation() != GENERATION.get() || !remembered.expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(remembered.caller());
    }

    static void remember(String tokenHash, Caller caller, Instant expiresAt, long generation) {
        if (!enabled() || generation != GENERATION.get()) {
            return;
        }
        if (CALLERS.size() >= MAX_TOKENS) {
            CALLERS.clear();
        }
        CALLERS.put(tokenHash, new Remembered(caller, expiresAt, generation));
    }

    /** Call inside a transaction that ends or changes a token's caller: the generation moves once it commits. */
    static void changing() {
        AfterCommit.run(MARK, () -> {
            GENERATION.incrementAndGet();
            CALLERS.clear();
        });
    }

    /** The default database, or a Derby URL that is not a network server's. */
    static boolean embedded(String url) {
        return url == null || url.isBlank() || url.strip().startsWith("jdbc:derby:") && !url.strip()
                .startsWith("jdbc:derby://");
    }

    private static boolean enabled() {
        Boolean known = enabled;
        if (known == null) {
            known = embedded(Settings.get("HARVEST_DB_URL", null));
            enabled = known;
        }
        return known;
    }
}
