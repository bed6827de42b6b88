package coop.harvest.accounts.boundary;

import coop.harvest.platform.AccessVersion;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The caller each bearer token stood for when last read, so that an API request does not read its token, account
 * and cooperative from the database every time. Whatever can end or change a token's caller — revoking it, a new
 * password (which deletes the account's tokens), suspending the account, renaming its cooperative — moves the
 * {@link AccessVersion} once its transaction has committed ({@link CallerChanges} for the entities, the bulk deletes
 * call {@link #changing()}), and a remembered caller counts only under the version read before the token itself was.
 * Expiry is checked on every use.
 * <p>
 * With several instances on one database, a change on another instance moves the version here as soon as this one
 * reads the others' counts (at most HARVEST_DATA_VERSION_MILLIS apart, after that instance has published its count
 * in the background): a revoked token is refused everywhere within a fraction of a second. While the others' counts
 * cannot be read, nothing is remembered and every request reads its token.
 */
final class CallerCache {

    /** Enough for every token in use on a county's busiest day; past it the cache starts again empty. */
    static final int MAX_TOKENS = 20_000;

    private record Remembered(Caller caller, Instant expiresAt, long generation) {
    }

    private static final ConcurrentMap<String, Remembered> CALLERS = new ConcurrentHashMap<>();

    private CallerCache() {
    }

    /** Read before the token is looked up in the database; pass it to {@link #remember}. */
    static long generation() {
        return AccessVersion.current();
    }

    static Optional<Caller> get(String tokenHash, Instant now) {
        Remembered remembered = CALLERS.get(tokenHash);
        if (remembered == null) {
            return Optional.empty();
        }
        long generation = AccessVersion.current();
        if (remembered.generation() != generation || generation == AccessVersion.UNKNOWN) {
            CALLERS.remove(tokenHash, remembered);
            return Optional.empty();
        }
        return remembered.expiresAt().isAfter(now) ? Optional.of(remembered.caller()) : Optional.empty();
    }

    static void remember(String tokenHash, Caller caller, Instant expiresAt, long generation) {
        if (generation == AccessVersion.UNKNOWN || generation != AccessVersion.current()) {
            return;
        }
        if (CALLERS.size() >= MAX_TOKENS) {
            CALLERS.clear();
        }
        CALLERS.put(tokenHash, new Remembered(caller, expiresAt, generation));
    }

    /** Call inside a transaction that ends or changes a token's caller: the version moves once it commits. */
    static void changing() {
        AccessVersion.changing();
    }
}
