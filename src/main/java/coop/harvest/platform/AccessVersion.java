package coop.harvest.platform;

import java.util.function.LongSupplier;

/**
 * A number that moves whenever a transaction that ends or changes what a credential stands for commits (a revoked
 * token, a new password, a suspension, an edited account or cooperative), on this instance or on any other sharing
 * its database. Whatever remembers who a token stands for keeps it only while the number is unchanged. Other
 * instances learn of a change through {@link SharedDataVersion}, which publishes this instance's count after its
 * commits and adds the others' to {@link #current()}; while the others' counts have not been read recently (the
 * database does not answer), there is no current number and nothing remembered counts.
 */
public final class AccessVersion {

    /** What {@link #current()} answers while the other instances' counts are not known to be recent. */
    public static final long UNKNOWN = -1;

    private static final CommitCount COUNT = new CommitCount();

    private AccessVersion() {
    }

    /** This instance's count plus the other instances' (each only grows), or {@link #UNKNOWN}. */
    public static long current() {
        long elsewhere = COUNT.others();
        return elsewhere < 0 ? UNKNOWN : COUNT.local() + elsewhere;
    }

    /** This instance's own count (what {@link SharedDataVersion} publishes). */
    static long local() {
        return COUNT.local();
    }

    /** Wires the exchange between instances (once, at start-up); {@code otherInstances} answers -1 when unknown. */
    static void share(Runnable publish, LongSupplier otherInstances) {
        COUNT.share(publish, otherInstances);
    }

    /** Call inside the changing transaction: the number moves when (and only if) it commits. */
    public static void changing() {
        COUNT.changing();
    }
}
