package coop.harvest.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers the public asks for over and over — the market's aggregates (summary, price series, home statistics) and
 * anonymous listing searches — scan every open post or a month of trades: too slow to recompute for each page view
 * on harvest day. An answer is kept while nothing public changed on this instance ({@link DataVersion}) and for at
 * most HARVEST_PUBLIC_CACHE_SECONDS (default 5; 0 turns the cache off), which bounds how long another instance's
 * changes take to show. Concurrent readers of a missing entry share one computation instead of each scanning.
 * Never for answers that depend on who asks.
 */
@ApplicationScoped
public class PublicCache {

    /** One answer; {@code refreshing} is set by the one reader that recomputes it once it is old. */
    private record Entry(long version, long createdNanos, CompletableFuture<Object> value, AtomicBoolean refreshing) {

        Entry(long version, long createdNanos) {
            this(version, createdNanos, new CompletableFuture<>(), new AtomicBoolean());
        }

        boolean usable(long currentVersion) {
            return version == currentVersion && !value.isCompletedExceptionally();
        }
    }

    /** At most this many answers are kept (a page of twenty listings is some tens of kilobytes). */
    static final int MAX_ENTRIES = 512;

    private final ConcurrentMap<List<Object>, Entry> entries = new ConcurrentHashMap<>();

    private final AtomicBoolean trimming = new AtomicBoolean();

    /** How many questions {@link #getWhenAskedAgain} remembers having been asked (a power of two). */
    static final int ASKED_SLOTS = 4096;

    /** The hash of the last question asked in each slot (by its hash): only a repeated one is worth keeping. */
    private final AtomicIntegerArray asked = new AtomicIntegerArray(ASKED_SLOTS);

    @Inject
    @ConfigProperty(name = "HARVEST_PUBLIC_CACHE_SECONDS", defaultValue = "5")
    int seconds;

    /**
     * The cached answer for the key, or {@code compute}'s. After a change on this instance every reader waits for
     * the one new computation (nobody sees the old answer); an answer that is merely old is recomputed by one
     * reader while the others keep reading it, so the expiry never stalls the page for everybody.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(List<Object> key, Supplier<T> compute) {
        if (seconds <= 0) {
            return compute.get();
        }
        long version = DataVersion.current();
        long now = System.nanoTime();
        Entry current = entries.get(key);
        if (current != null && current.usable(version) && current.value().isDone() && old(current, now)
                && current.refreshing().compareAndSet(false, true)) {
            Entry renewed = new Entry(version, now);
            try {
                computeInto(key, renewed, compute);
                entries.replace(key, current, renewed);
            } finally {
                current.refreshing().set(false);
            }
            return (T) renewed.value().join();
        }
        Entry mine = new Entry(version, now);
        // an answer being computed is always shared; an old one while another reader renews it
        Entry entry = entries.compute(key, (k, existing) -> existing != null && existing.usable(version)
                && (!existing.value().isDone() || !old(existing, now) || existing.refreshing().get())
                ? existing : mine);
        if (entry == mine) {
            if (entries.size() > MAX_ENTRIES) {
                trim();
            }
            computeInto(key, mine, compute);
        }
        try {
            return (T) entry.value().join();
        } catch (CompletionException failed) {
            // another reader's computation failed: compute for ourselves, which reports our own error
            return compute.get();
        }
    }

    /**
     * Like {@link #get}, but an answer is kept only once its question has been asked before. Searches whose filters
     * all differ (each visitor's own county, certification and highest price) are mostly asked once: keeping them
     * would only fill the heap for the seconds they are kept (each page some tens of kilobytes, copied by every
     * young collection until it dies old), while the home page and the common searches are asked again at once and
     * kept from their second ask. Two questions that share a slot only cost each other a computation.
     */
    public <T> T getWhenAskedAgain(List<Object> key, Supplier<T> compute) {
        if (seconds > 0 && !entries.containsKey(key)) {
            int hash = key.hashCode();
            int slot = (hash ^ (hash >>> 16)) & (ASKED_SLOTS - 1);
            if (asked.getAndSet(slot, hash) != hash) {
                return compute.get();
            }
        }
        return get(key, compute);
    }

    private void computeInto(List<Object> key, Entry entry, Supplier<?> compute) {
        try {
            entry.value().complete(compute.get());
        } catch (RuntimeException failed) {
            entries.remove(key, entry);
            entry.value().completeExceptionally(failed);
            throw failed;
        }
    }

    private boolean old(Entry entry, long now) {
        return now - entry.createdNanos() >= seconds * 1_000_000_000L;
    }

    /**
     * Keys name a market day, so yesterday's entries would otherwise stay forever; and searches that all differ
     * (every visitor's own filters and highest price) would fill the heap within the seconds an answer is kept. The
     * stale entries go first, then the oldest finished ones until half the bound is left, so the bound holds and the
     * map is walked once per {@code MAX_ENTRIES / 2} new answers rather than on each. One reader trims at a time.
     */
    private void trim() {
        if (!trimming.compareAndSet(false, true)) {
            return;
        }
        try {
            long version = DataVersion.current();
            long now = System.nanoTime();
            entries.values().removeIf(e -> !e.usable(version) || old(e, now) && !e.refreshing().get());
            int excess = entries.size() - MAX_ENTRIES / 2;
            if (excess > 0) {
                entries.entrySet().stream()
                        .filter(e -> e.getValue().value().isDone() && !e.getValue().refreshing().get())
                        .sorted(Comparator.comparingLong(e -> e.getValue().createdNanos()))
                        .limit(excess).toList()
                        .forEach(e -> entries.remove(e.getKey(), e.getValue()));
            }
        } finally {
            trimming.set(false);
        }
    }

    /** How many answers are kept now (for tests). */
    int size() {
        return entries.size();
    }
}
