package coop.harvest.accounts.boundary;

import java.time.Instant;

/**
 * A cooperative's public profile. The registration number is filled only for the cooperative itself and staff;
 * {@code suspended} only for staff.
 */
public record CooperativeView(long id, String name, String county, boolean verified, Instant verifiedAt,
                              long activeListings, long completedOrders, String registrationNumber,
                              Boolean suspended, long version, RatingView rating) {
}
