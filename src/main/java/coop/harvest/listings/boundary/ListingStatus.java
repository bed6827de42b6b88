package coop.harvest.listings.boundary;

/** Where a listing stands. Only ACTIVE listings are matched; the public sees ACTIVE and SOLD_OUT. */
public enum ListingStatus {
    PENDING_REVIEW, ACTIVE, SOLD_OUT, WITHDRAWN, EXPIRED, REJECTED, SUSPENDED
}
