package coop.harvest.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
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

    private record Entry(long version, long createdNanos, CompletableFuture<Object> value) {
    }

    private final ConcurrentMap<List<Object>, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "HARVEST_PUBLIC_CACHE_SECONDS", defaultValue = "5")
    int seconds;

    @SuppressWarnings("unchecked")
    public <T> T get(List<Object> key, Supplier<T> compute) {
        if (seconds <= 0) {
            return compute.get();
        }
        long version = DataVersion.current();
        long now = System.nanoTime();
        Entry mine = new Entry(version, now, new CompletableFuture<>());
        Entry entry = entries.compute(key, (k, old) -> old != null && fresh(old, version, now) ? old : mine);
        if (entry == mine) {
            if (entries.size() > 512) {
                evictStale();
            }
            try {
                mine.value().complete(compute.get());
            } catch (RuntimeException failed) {
                entries.remove(key, mine);
                mine.value().completeExceptionally(failed);
                throw failed;
            }
        }
        try {
            return (T) entry.value().join();
        } catch (CompletionException failed) {
            // another reader's computation failed: compute for ourselves, which reports our own error
            return compute.get();
        }
    }

    private boolean fresh(Entry entry, long version, long now) {
        boolean failed = entry.value().isCompletedExceptionally();
        return !failed && entry.version() == version && now - entry.createdNanos() < seconds * 1_000_000_000L;
    }

    /** Keys name a market day, so yesterday's entries would otherwise stay forever. */
    private void evictStale() {
        long version = DataVersion.current();
        long now = System.nanoTime();
        entries.values().removeIf(e -> !fresh(e, version, now));
    }
}
