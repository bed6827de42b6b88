package coop.harvest.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.platform.AccessVersion;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A remembered caller counts only under the generation read before its token was, until the token expires; any
 * change forgets every caller. (That another instance's change does too is LoadBalancedIT's.)
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
    void nothingIsRememberedWhileTheOtherInstancesChangesCannotBeRead() {
        CallerCache.remember("hash-c", BUYER, NOW.plusSeconds(60), AccessVersion.UNKNOWN);
        assertTrue(CallerCache.get("hash-c", NOW).isEmpty());
    }
}
