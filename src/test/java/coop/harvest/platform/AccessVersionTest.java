package coop.harvest.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The access version moves with this instance's changes and the other instances', and is unknown without them. */
class AccessVersionTest {

    private final AtomicLong others = new AtomicLong();
    private final AtomicInteger published = new AtomicInteger();

    @AfterEach
    void alone() {
        AccessVersion.share(() -> { }, () -> 0L);
    }

    @Test
    void aChangeHereOrOnAnotherInstanceMovesItAndAChangeHereIsPublished() {
        AccessVersion.share(published::incrementAndGet, others::get);
        long before = AccessVersion.current();
        AccessVersion.changing(); // outside a transaction: at once
        long afterMine = AccessVersion.current();
        assertNotEquals(before, afterMine, "a revocation here moves it");
        assertEquals(1, published.get(), "and the other instances are told");
        others.addAndGet(1);
        assertNotEquals(afterMine, AccessVersion.current(), "a revocation on another instance moves it too");
    }

    @Test
    void withoutTheOtherInstancesCountsItIsUnknown() {
        others.set(-1);
        AccessVersion.share(published::incrementAndGet, others::get);
        assertEquals(AccessVersion.UNKNOWN, AccessVersion.current());
        others.set(5);
        assertEquals(AccessVersion.local() + 5, AccessVersion.current());
    }
}
