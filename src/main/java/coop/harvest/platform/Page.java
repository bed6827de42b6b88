package coop.harvest.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a list, as every list endpoint answers it. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, page, size);
    }

    /**
     * Consistent with the record's {@code equals} (equal pages have equal counts) without hashing every item: JSON-B
     * (Yasson) keeps each object it writes in a hash set to detect cycles, and a record's generated hash code walks
     * the whole tree, so a page of twenty listings was hashed over and over while it was written.
     */
    @Override
    public int hashCode() {
        return ((Long.hashCode(total) * 31 + page) * 31 + size) * 31 + items.size();
    }
}
