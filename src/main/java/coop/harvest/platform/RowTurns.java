package coop.harvest.platform;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One fair line per row for {@link RowQueue}: whoever joins a row's line is let through in the order it joined, one
 * at a time, until it leaves. A line exists only while someone is in it.
 */
final class RowTurns {

    private final ConcurrentHashMap<Object, Line> lines = new ConcurrentHashMap<>();

    /** Places taken and not yet left, in all lines: those waiting and those whose turn it is. */
    private final AtomicInteger places = new AtomicInteger();

    /** A row's line: one turn at a time, handed out in arrival order; {@code members} changes only in compute. */
    private static final class Line {
        final Semaphore turn = new Semaphore(1, true);
        int members;
    }

    /** A place in a row's line, from {@link #join} to {@link #leave}. */
    final class Turn {
        private final Object row;
        private final Line line;
        private boolean admitted;
        private boolean left;

        private Turn(Object row, Line line) {
            this.row = row;
            this.line = line;
        }

        /**
         * Waits for this turn at most {@code timeout}: true when it came, false when the wait ran out, was
         * interrupted, or the place was left meanwhile (the caller then goes on without it).
         */
        boolean await(long timeout, TimeUnit unit) {
            boolean got;
            try {
                got = line.turn.tryAcquire(timeout, unit);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                got = false;
            }
            synchronized (this) {
                if (got && left) {
                    // left while waiting (its transaction ended on another thread): pass the turn on at once
                    line.turn.release();
                    return false;
                }
                admitted = got;
                return got;
            }
        }
    }

    /** Takes a place at the end of this row's line. */
    Turn join(Object row) {
        Line line = lines.compute(row, (key, existing) -> {
            Line joined = existing == null ? new Line() : existing;
            joined.members++;
            return joined;
        });
        places.incrementAndGet();
        return new Turn(row, line);
    }

    /** Leaves the line, passing the turn on if it was this place's; a second call does nothing. */
    void leave(Turn place) {
        boolean release;
        synchronized (place) {
            if (place.left) {
                return;
            }
            place.left = true;
            release = place.admitted;
        }
        if (release) {
            place.line.turn.release();
        }
        lines.computeIfPresent(place.row, (key, line) -> --line.members == 0 ? null : line);
        places.decrementAndGet();
    }

    /** How many rows have someone in line now. */
    int rowsInLine() {
        return lines.size();
    }

    /** How many places are taken now in all lines: transactions waiting for their turn or holding it. */
    int places() {
        return places.get();
    }

    /** About how many wait for this row's turn now (an estimate, as {@link Semaphore#getQueueLength} is). */
    int waiting(Object row) {
        Line line = lines.get(row);
        return line == null ? 0 : line.turn.getQueueLength();
    }
}
