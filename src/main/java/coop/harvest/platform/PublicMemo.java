package coop.harvest.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Facts that every page of listings shows and that seldom change — a listing's view, which certificates a
 * cooperative holds — remembered by id for all pages, where {@link PublicCache} keeps whole answers.
 * A search whose filters all differ (so that no answer can be kept) still shows the same listings of the same few
 * cooperatives, and building their views was most of such a search's work outside its two statements.
 * <p>
 * The rules are {@link PublicCache}'s: what is remembered is forgotten as soon as anything public changes on any
 * instance ({@link DataVersion}), and after HARVEST_PUBLIC_CACHE_SECONDS in any case (0 turns it off). A transaction
 * that has itself changed public data reads the database, so that it shows its own change. Only for what a page
 * shows: a decision (an order on a suspended cooperative, say) reads the database under its locks.
 */
@ApplicationScoped
public class PublicMemo {

    /** A region holds at most this many ids before it starts afresh (a province has ~10,000 cooperatives). */
    static final int MAX_PER_REGION = 20_000;

    /** An id that was asked for and has nothing (a cooperative without an approved certificate). */
    private static final Object NOTHING = new Object();

    /** What one region remembers, valid for one data version until {@code expiresNanos}. */
    private record Region(long version, long expiresNanos, ConcurrentMap<Object, Object> values) {
    }

    private final ConcurrentMap<String, Region> regions = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "HARVEST_PUBLIC_CACHE_SECONDS", defaultValue = "5")
    int seconds;

    /**
     * The values of these ids in the region, loading those not remembered in one call of {@code load} (which
     * answers only the ids that have a value).
     */
    @SuppressWarnings("unchecked")
    public <K, V> Map<K, V> all(String region, Collection<K> ids, Function<Set<K>, Map<K, V>> load) {
        Set<K> wanted = new LinkedHashSet<>(ids);
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Region current = region(region);
        if (current == null) {
            return load.apply(wanted);
        }
        Map<K, V> found = new HashMap<>();
        Set<K> missing = new LinkedHashSet<>();
        for (K id : wanted) {
            Object known = current.values().get(id);
            if (known == null) {
                missing.add(id);
            } else if (known != NOTHING) {
                found.put(id, (V) known);
            }
        }
        if (!missing.isEmpty()) {
            Map<K, V> loaded = load.apply(missing);
            for (K id : missing) {
                V value = loaded.get(id);
                current.values().put(id, value == null ? NOTHING : value);
                if (value != null) {
                    found.put(id, value);
                }
            }
        }
        return found;
    }

    /**
     * The region's memory for the data version of now, or null where nothing may be remembered. The version is
     * taken before anything is read: a value read before a change committed is filed under the version that the
     * change then moves, so it is never served after it.
     */
    private Region region(String name) {
        if (seconds <= 0 || DataVersion.changedHere()) {
            return null;
        }
        long version = DataVersion.current();
        long now = System.nanoTime();
        Region known = regions.get(name);
        if (usable(known, version, now)) {
            return known;
        }
        // regions named by a day (yesterday's views) are let go with every expired one
        regions.values().removeIf(r -> now - r.expiresNanos() >= 0);
        // another reader may have started the region afresh meanwhile: share its memory
        return regions.merge(name, new Region(version, now + seconds * 1_000_000_000L, new ConcurrentHashMap<>()),
                (old, fresh) -> usable(old, version, now) ? old : fresh);
    }

    /** How many regions are remembered (for tests). */
    int regions() {
        return regions.size();
    }

    private static boolean usable(Region region, long version, long now) {
        return region != null && region.version() == version && now - region.expiresNanos() < 0
                && region.values().size() < MAX_PER_REGION;
    }
}
