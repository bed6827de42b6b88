package coop.harvest.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A remembered caller counts only under the generation read before its token was, until the token expires; any
 * change forgets every caller; only the embedded database (one instance by construction) remembers at all.
 */
class CallerCacheTest {

    private static final Caller BUYER = new Caller(7L, "canteen", Role.BUYER, null, "食堂", "怀化学院食堂", "zh");
    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

    @Test
    void aCallerIsRememberedUntilItsTokenExpires() {
        long generation = CallerCache.generation();
        CallerCache.remember("hash-a", BUYER, NOW.plusSeconds(60), generation);
        assertEquals(Optional.of(BUYER), CallerCache.get("hash-a", NOW));
        assertEquals(Optional.of(BUYER), CallerCache.get("hash-a", NOW.plusSeconds(59)));
        assertTrue(CallerCache.get("hash-a", NOW.plusSeconds(60)).isEmpty(), "expired at its expiry");
        assertTrue(CallerCache.get("hash-other", NOW).isEmpty());
    }

    @Test
    void aChangeForgetsEveryCallerAndACallerReadBeforeItIsNotKept() {
        long before = CallerCache.generation();
        CallerCache.remember("hash-b", BUYER, NOW.plusSeconds(60), before);
        CallerCache.changing();
        assertTrue(CallerCache.get("hash-b", NOW).isEmpty(), "a revocation, suspension or new password forgets it");
        // a request that read the token before the change committed, and would remember it after
        CallerCache.remember("hash-b", BUYER, NOW.plusSeconds(60), before);
        assertTrue(CallerCache.get("hash-b", NOW).isEmpty(), "what was read before the change does not count");
        CallerCache.remember("hash-b", BUYER, NOW.plusSeconds(60), CallerCache.generation());
        assertEquals(Optional.of(BUYER), CallerCache.get("hash-b", NOW));
    }

    @Test
    void onlyTheEmbeddedDatabaseRemembers() {
        assertTrue(CallerCache.embedded(null));
        assertTrue(CallerCache.embedded(" "));
        assertTrue(CallerCache.embedded("jdbc:derby:/srv/harvest/data/harvest;create=true"));
        assertTrue(CallerCache.embedded("jdbc:derby:memory:test;create=true"));
        assertFalse(CallerCache.embedded("jdbc:derby://db.example:1527/harvest"));
        assertFalse(CallerCache.embedded("jdbc:postgresql://localhost:5432/harvest"));
    }
}
