package coop.harvest.demands.boundary;

/** Where a demand stands. OPEN and PARTIALLY_FILLED demands are matched. */
public enum DemandStatus {
    OPEN, PARTIALLY_FILLED, FILLED, CANCELLED, EXPIRED, REMOVED
}
