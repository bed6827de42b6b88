package coop.harvest.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PublicCacheTest {

    private final PublicCache cache = new PublicCache();
    private final AtomicInteger computations = new AtomicInteger();

    @BeforeEach
    void fiveSeconds() {
        cache.seconds = 5;
    }

    private String answer() {
        return "answer " + computations.incrementAndGet();
    }

    @Test
    void aRepeatedQuestionIsAnsweredOnce() {
        assertEquals("answer 1", cache.get(List.of("summary", "zh"), this::answer));
        assertEquals("answer 1", cache.get(List.of("summary", "zh"), this::answer));
        assertEquals("answer 2", cache.get(List.of("summary", "en"), this::answer));
        assertEquals(2, computations.get());
    }

    @Test
    void aCommittedChangeIsSeenByTheNextReader() {
        assertEquals("answer 1", cache.get(List.of("stats"), this::answer));
        DataVersion.changing(); // outside a transaction the version moves at once
        assertEquals("answer 2", cache.get(List.of("stats"), this::answer));
        assertEquals("answer 2", cache.get(List.of("stats"), this::answer));
    }

    @Test
    void aFailureIsNotRemembered() {
        assertThrows(IllegalStateException.class, () -> cache.get(List.of("prices"), () -> {
            throw new IllegalStateException("database unavailable");
        }));
        assertEquals("answer 1", cache.get(List.of("prices"), this::answer));
    }

    @Test
    void zeroSecondsTurnsTheCacheOff() {
        cache.seconds = 0;
        cache.get(List.of("summary"), this::answer);
        cache.get(List.of("summary"), this::answer);
        assertEquals(2, computations.get());
    }

    @Test
    void searchesThatAllDifferStayWithinTheBoundAndTheNewestAreKept() {
        for (int i = 0; i < 5 * PublicCache.MAX_ENTRIES; i++) {
            int n = i;
            cache.get(List.of("listings", n), () -> "page " + n);
            assertTrue(cache.size() <= PublicCache.MAX_ENTRIES + 1, "kept " + cache.size() + " after " + i);
        }
        int before = computations.get();
        String last = "page " + (5 * PublicCache.MAX_ENTRIES - 1);
        assertEquals(last, cache.get(List.of("listings", 5 * PublicCache.MAX_ENTRIES - 1), this::answer));
        assertEquals(before, computations.get(), "the newest answer is still kept");
    }

    @Test
    void aSearchIsKeptFromItsSecondAsk() {
        List<Object> search = List.of("listings", "kiwi", "溆浦县", "12.50");
        assertEquals("answer 1", cache.getWhenAskedAgain(search, this::answer));
        assertEquals(0, cache.size(), "a search asked once is not kept");
        assertEquals("answer 2", cache.getWhenAskedAgain(search, this::answer));
        assertEquals("answer 2", cache.getWhenAskedAgain(search, this::answer));
        assertEquals(1, cache.size());
        DataVersion.changing();
        assertEquals("answer 3", cache.getWhenAskedAgain(search, this::answer), "a change is seen at once");
        assertEquals("answer 3", cache.getWhenAskedAgain(search, this::answer));
        assertEquals(3, computations.get());
    }

    @Test
    void searchesAskedOnceEachKeepNothing() {
        for (int i = 0; i < 2 * PublicCache.ASKED_SLOTS; i++) {
            int n = i;
            assertEquals("page " + n, cache.getWhenAskedAgain(List.of("listings", n), () -> "page " + n));
        }
        assertEquals(0, cache.size());
    }
}
