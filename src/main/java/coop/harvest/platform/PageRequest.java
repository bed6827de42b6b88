package coop.harvest.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * Validated {@code page} and {@code size} query parameters: page ≥ 0, 1 ≤ size ≤ 100 (default 20), and page × size
 * at most {@link #MAX_OFFSET} rows deep, so the offset handed to the database can never overflow.
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;
    public static final long MAX_OFFSET = 1_000_000;

    public static PageRequest of(Integer page, Integer size) {
        List<FieldError> errors = new ArrayList<>();
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            errors.add(new FieldError("page", "must be 0 or more"));
        }
        if (s < 1 || s > MAX_SIZE) {
            errors.add(new FieldError("size", "must be between 1 and " + MAX_SIZE));
        }
        if (errors.isEmpty() && (long) p * s > MAX_OFFSET) {
            errors.add(new FieldError("page", "page × size must be at most " + MAX_OFFSET + " rows deep"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new PageRequest(p, s);
    }

    public int offset() {
        return page * size;
    }

    public <T> Page<T> page(List<T> items, long total) {
        return new Page<>(items, total, page, size);
    }
}
