package coop.harvest.platform;

import java.util.function.LongSupplier;

/**
 * A number that moves whenever a transaction of this instance that changed public trading data (listings,
 * demands, orders, cooperatives, accounts) commits. Caches of public aggregates keep an entry only while the number
 * is unchanged, so a user sees the effect of their own action at once. Other instances learn of it through
 * {@link SharedDataVersion}, which publishes this number to the database after each commit and adds the other
 * instances' numbers to {@link #current()}.
 */
public final class DataVersion {

    private static final CommitCount COUNT = new CommitCount();

    private DataVersion() {
    }

    /** This instance's version plus the other instances' (each only grows, so the sum moves when any moves). */
    public static long current() {
        return COUNT.local() + COUNT.others();
    }

    /** This instance's own version (what {@link SharedDataVersion} publishes). */
    static long local() {
        return COUNT.local();
    }

    /** Wires the database-backed exchange of versions between instances (called once at start-up). */
    static void share(Runnable publish, LongSupplier otherInstances) {
        COUNT.share(publish, otherInstances);
    }

    /** Whether the current transaction has changed public data (and so must not read what was remembered before). */
    public static boolean changedHere() {
        return COUNT.changedHere();
    }

    /** Call inside the changing transaction: the version moves when (and only if) it commits. */
    public static void changing() {
        COUNT.changing();
    }
}
