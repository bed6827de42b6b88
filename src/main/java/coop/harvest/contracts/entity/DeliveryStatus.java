package coop.harvest.contracts.entity;

/** Where one delivery of a contract stands. */
public enum DeliveryStatus {
    SCHEDULED, LATE, SHIPPED, RECEIVED, DISPUTED, CANCELLED;

    /** Whether goods went out for this delivery. */
    public boolean shipped() {
        return this == SHIPPED || this == RECEIVED || this == DISPUTED;
    }

    /** Whether the cooperative may still ship it. */
    public boolean shippable() {
        return this == SCHEDULED || this == LATE;
    }
}
