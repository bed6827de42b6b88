package coop.harvest.contracts.entity;

/** FIXED: one unit price; FLOOR: a protected floor that follows the spot market upwards (保底价收购，随行就市). */
public enum PricingType {
    FIXED, FLOOR
}
