package coop.harvest.platform;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A count of this instance's committed changes of one kind, plus the other instances' counts of the same kind once
 * {@link SharedDataVersion} shares them: what {@link DataVersion} and {@link AccessVersion} are made of.
 */
final class CommitCount {

    private final AtomicLong count = new AtomicLong();
    private final Object mark = new Object();
    private volatile Runnable onChange = () -> { };
    private volatile LongSupplier others = () -> 0L;

    /** This instance's count. */
    long local() {
        return count.get();
    }

    /** The other instances' counts summed (or whatever their supplier answers, e.g. -1 for unknown). */
    long others() {
        return others.getAsLong();
    }

    void share(Runnable publish, LongSupplier otherInstances) {
        onChange = publish;
        others = otherInstances;
    }

    /** Whether the current transaction has made a change of this kind that waits for its commit. */
    boolean changedHere() {
        return AfterCommit.pending(mark);
    }

    /** Call inside the changing transaction: the count moves (and is published) when, and only if, it commits. */
    void changing() {
        AfterCommit.run(mark, () -> {
            count.incrementAndGet();
            onChange.run();
        });
    }
}
