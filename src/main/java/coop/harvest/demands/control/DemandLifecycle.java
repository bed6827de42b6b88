package coop.harvest.demands.control;

import coop.harvest.demands.boundary.DemandStatus;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** Which status a demand shows (expiry applied when reading too) and which demands are open to the public. */
public final class DemandLifecycle {

    /** Open demands: matched, cancellable, shown to everyone. */
    public static final Set<DemandStatus> OPEN = EnumSet.of(DemandStatus.OPEN, DemandStatus.PARTIALLY_FILLED);

    private DemandLifecycle() {
    }

    public static DemandStatus effective(DemandStatus stored, LocalDate neededBy, LocalDate today) {
        return OPEN.contains(stored) && neededBy.isBefore(today) ? DemandStatus.EXPIRED : stored;
    }

    public static boolean canCancel(DemandStatus effective) {
        return OPEN.contains(effective);
    }
}
