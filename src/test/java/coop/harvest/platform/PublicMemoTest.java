package coop.harvest.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PublicMemoTest {

    private final PublicMemo memo = new PublicMemo();

    /** The ids each load was asked for. */
    private final List<Set<Long>> loads = new ArrayList<>();

    @BeforeEach
    void fiveSeconds() {
        memo.seconds = 5;
    }

    /** Names for even ids; odd ids have none. */
    private Map<Long, String> names(Set<Long> ids) {
        loads.add(Set.copyOf(ids));
        Map<Long, String> found = new HashMap<>();
        ids.stream().filter(id -> id % 2 == 0).forEach(id -> found.put(id, "coop " + id + " v" + loads.size()));
        return found;
    }

    @Test
    void onlyTheIdsNotRememberedAreReadAndInOneLoad() {
        assertEquals(Map.of(2L, "coop 2 v1"), memo.all("names", List.of(1L, 2L), this::names));
        assertEquals(Map.of(2L, "coop 2 v1", 4L, "coop 4 v2"),
                memo.all("names", List.of(1L, 2L, 3L, 4L), this::names));
        assertEquals(List.of(Set.of(1L, 2L), Set.of(3L, 4L)), loads);
        // an id without a value is remembered as such, not read on every page
        assertEquals(Map.of(), memo.all("names", List.of(1L, 3L), this::names));
        assertEquals(2, loads.size());
    }

    @Test
    void aCommittedChangeIsSeenByTheNextPage() {
        memo.all("names", List.of(2L), this::names);
        DataVersion.changing(); // outside a transaction the version moves at once
        assertEquals(Map.of(2L, "coop 2 v2"), memo.all("names", List.of(2L), this::names));
        assertEquals(Map.of(2L, "coop 2 v2"), memo.all("names", List.of(2L), this::names));
    }

    @Test
    void regionsAreApart() {
        memo.all("names", List.of(2L), this::names);
        assertEquals(Map.of(2L, "coop 2 v2"), memo.all("other", List.of(2L), this::names));
        assertEquals(2, loads.size());
    }

    @Test
    void zeroSecondsTurnsItOff() {
        memo.seconds = 0;
        memo.all("names", List.of(2L), this::names);
        memo.all("names", List.of(2L), this::names);
        assertEquals(2, loads.size());
    }

    @Test
    void aFullRegionStartsAfresh() {
        List<Long> many = IntStream.range(0, PublicMemo.MAX_PER_REGION).mapToObj(i -> (long) i).toList();
        memo.all("names", many, this::names);
        memo.all("names", List.of(2L), this::names);
        assertEquals(2, loads.size());
        assertEquals(Set.of(2L), loads.get(1));
    }

    @Test
    void yesterdaysRegionIsLetGo() throws InterruptedException {
        memo.seconds = 1;
        memo.all("views.2026-12-05", List.of(2L), this::names);
        Thread.sleep(1_100);
        memo.all("views.2026-12-06", List.of(2L), this::names);
        assertEquals(1, memo.regions());
    }
}
