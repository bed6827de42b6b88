package coop.harvest.moderation.control;

import coop.harvest.listings.boundary.ListingStatus;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * The bureau's four decisions on a listing: from which statuses each may be taken, where it leads, and how it is
 * audited and told to the cooperative. Approving or reinstating a listing with nothing left makes it SOLD_OUT, so
 * the public never sees an ACTIVE listing that cannot be bought.
 */
public enum ListingDecision {

    APPROVE(EnumSet.of(ListingStatus.PENDING_REVIEW), "LISTING_APPROVED", false),
    REJECT(EnumSet.of(ListingStatus.PENDING_REVIEW), "LISTING_REJECTED", true),
    SUSPEND(EnumSet.of(ListingStatus.ACTIVE, ListingStatus.SOLD_OUT), "LISTING_SUSPENDED", true),
    REINSTATE(EnumSet.of(ListingStatus.SUSPENDED), "LISTING_REINSTATED", false);

    private final Set<ListingStatus> from;
    private final String auditAction;
    private final boolean needsReason;

    ListingDecision(Set<ListingStatus> from, String auditAction, boolean needsReason) {
        this.from = from;
        this.auditAction = auditAction;
        this.needsReason = needsReason;
    }

    public boolean allowedFrom(ListingStatus status) {
        return from.contains(status);
    }

    /** The status after the decision, given what is still available. */
    public ListingStatus outcome(BigDecimal available) {
        return switch (this) {
            case APPROVE, REINSTATE -> available.signum() > 0 ? ListingStatus.ACTIVE : ListingStatus.SOLD_OUT;
            case REJECT -> ListingStatus.REJECTED;
            case SUSPEND -> ListingStatus.SUSPENDED;
        };
    }

    /** Whether the listing may be sold again afterwards, so open demands should be matched against it. */
    public boolean opensForMatching() {
        return this == APPROVE || this == REINSTATE;
    }

    public boolean needsReason() {
        return needsReason;
    }

    public String auditAction() {
        return auditAction;
    }

    /** Notification type and message key (in coop.harvest.notifications.messages). */
    public String notificationType() {
        return auditAction;
    }

    public String messageKey() {
        return "moderation.listing." + name().toLowerCase();
    }

    /** The conflict detail when the listing is in a status this decision cannot start from. */
    public String wrongStateDetail(ListingStatus current) {
        return "A listing in status " + current + " cannot be " + switch (this) {
            case APPROVE -> "approved; only PENDING_REVIEW listings can";
            case REJECT -> "rejected; only PENDING_REVIEW listings can";
            case SUSPEND -> "suspended; only ACTIVE or SOLD_OUT listings can";
            case REINSTATE -> "reinstated; only SUSPENDED listings can";
        };
    }
}
