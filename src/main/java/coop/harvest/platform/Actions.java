package coop.harvest.platform;

import java.util.function.LongFunction;

/**
 * The one shape of action endpoints ({@code POST /api/things/{id}/verb}): read the path id, then call the boundary,
 * which owns the transaction, again whenever it loses a lock conflict. The id is read outside the retry, so a
 * malformed one is a 400 at once.
 */
public final class Actions {

    private Actions() {
    }

    public static <T> T onId(String pathId, LongFunction<T> action) {
        long id = QueryParams.id("id", pathId);
        return TransientRetry.run(() -> action.apply(id));
    }
}
