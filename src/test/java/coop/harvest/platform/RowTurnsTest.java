package coop.harvest.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RowTurnsTest {

    private final RowTurns turns = new RowTurns();

    @Test
    void oneRowLetsItsLineThroughInTheOrderItJoinedOneAtATime() throws Exception {
        RowTurns.Turn first = turns.join("LISTING 1");
        assertTrue(first.await(1, TimeUnit.SECONDS));
        List<Integer> through = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<?>> waiting = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                int n = i;
                // each joins only after the one before it is waiting, so the joining order is known
                RowTurns.Turn place = turns.join("LISTING 1");
                waiting.add(pool.submit(() -> {
                    assertTrue(place.await(5, TimeUnit.SECONDS));
                    through.add(n);
                    turns.leave(place);
                    return null;
                }));
                waitUntilQueued(n + 1);
            }
            Thread.sleep(50);
            assertTrue(through.isEmpty(), "nobody passes while the first holds the turn");
            turns.leave(first);
            for (Future<?> f : waiting) {
                f.get(5, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(0, 1, 2, 3, 4), through);
        assertEquals(0, turns.rowsInLine(), "an empty line is forgotten");
    }

    @Test
    void differentRowsNeverWaitForEachOther() {
        RowTurns.Turn listing = turns.join("LISTING 1");
        RowTurns.Turn other = turns.join("LISTING 2");
        RowTurns.Turn offer = turns.join("CONTRACT_OFFER 1");
        assertTrue(listing.await(1, TimeUnit.SECONDS));
        assertTrue(other.await(0, TimeUnit.SECONDS));
        assertTrue(offer.await(0, TimeUnit.SECONDS));
        assertEquals(3, turns.rowsInLine());
        assertEquals(3, turns.places());
        turns.leave(listing);
        turns.leave(other);
        turns.leave(offer);
        assertEquals(0, turns.rowsInLine());
    }

    @Test
    void aWaitThatRunsOutGoesOnWithoutTheTurnAndLeavingGivesNothingBack() {
        RowTurns.Turn holder = turns.join("LISTING 1");
        assertTrue(holder.await(1, TimeUnit.SECONDS));
        RowTurns.Turn late = turns.join("LISTING 1");
        assertFalse(late.await(20, TimeUnit.MILLISECONDS));
        turns.leave(late);
        turns.leave(holder);
        // had the late place given back a turn it never had, two could now pass at once
        RowTurns.Turn a = turns.join("LISTING 1");
        RowTurns.Turn b = turns.join("LISTING 1");
        assertTrue(a.await(1, TimeUnit.SECONDS));
        assertFalse(b.await(20, TimeUnit.MILLISECONDS));
        turns.leave(a);
        assertTrue(b.await(1, TimeUnit.SECONDS));
        turns.leave(b);
        turns.leave(b);
        assertEquals(0, turns.rowsInLine(), "leaving twice counts once");
        assertEquals(0, turns.places(), "leaving twice counts once");
    }

    @Test
    void aPlaceLeftWhileWaitingPassesTheTurnOnWhenItComes() throws Exception {
        RowTurns.Turn holder = turns.join("LISTING 1");
        assertTrue(holder.await(1, TimeUnit.SECONDS));
        RowTurns.Turn abandoned = turns.join("LISTING 1");
        CountDownLatch waiting = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> result = pool.submit(() -> {
                waiting.countDown();
                return abandoned.await(5, TimeUnit.SECONDS);
            });
            waiting.await();
            waitUntilQueued(1);
            // its transaction ended elsewhere (a timeout) while it still waited
            turns.leave(abandoned);
            turns.leave(holder);
            assertFalse(result.get(5, TimeUnit.SECONDS), "a place already left does not keep the turn");
        } finally {
            pool.shutdownNow();
        }
        RowTurns.Turn next = turns.join("LISTING 1");
        assertTrue(next.await(1, TimeUnit.SECONDS), "the turn was passed on");
        turns.leave(next);
        assertEquals(0, turns.rowsInLine());
    }

    /** Waits until this many threads wait for a turn (the line's semaphore is fair, so they pass in that order). */
    private void waitUntilQueued(int waiting) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (turns.waiting("LISTING 1") < waiting && System.nanoTime() < end) {
            Thread.sleep(1);
        }
        assertEquals(waiting, turns.waiting("LISTING 1"));
    }
}
