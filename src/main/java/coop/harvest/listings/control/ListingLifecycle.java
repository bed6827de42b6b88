package coop.harvest.listings.control;

import coop.harvest.listings.boundary.ListingStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which status a listing shows and which actions its status allows. Expiry is applied when reading as well as by
 * the sweeper, so nobody ever sees an ACTIVE listing whose last day has passed.
 */
public final class ListingLifecycle {

    /** Statuses that end when {@code availableUntil} has passed. */
    public static final Set<ListingStatus> EXPIRING =
            EnumSet.of(ListingStatus.PENDING_REVIEW, ListingStatus.ACTIVE, ListingStatus.SOLD_OUT);
    /** What anonymous visitors and buyers may see. */
    public static final Set<ListingStatus> PUBLIC = EnumSet.of(ListingStatus.ACTIVE, ListingStatus.SOLD_OUT);

    private static final Set<ListingStatus> EDITABLE = EnumSet.of(ListingStatus.PENDING_REVIEW,
            ListingStatus.ACTIVE, ListingStatus.SOLD_OUT, ListingStatus.REJECTED, ListingStatus.EXPIRED);
    private static final Set<ListingStatus> WITHDRAWABLE = EnumSet.of(ListingStatus.PENDING_REVIEW,
            ListingStatus.ACTIVE, ListingStatus.SOLD_OUT, ListingStatus.REJECTED);

    private ListingLifecycle() {
    }

    public static ListingStatus effective(ListingStatus stored, LocalDate availableUntil, LocalDate today) {
        return EXPIRING.contains(stored) && availableUntil.isBefore(today) ? ListingStatus.EXPIRED : stored;
    }

    public static boolean canEdit(ListingStatus effective) {
        return EDITABLE.contains(effective);
    }

    public static boolean canWithdraw(ListingStatus effective) {
        return WITHDRAWABLE.contains(effective);
    }

    /** The status a new listing starts in: live at once for a verified cooperative, else reviewed first. */
    public static ListingStatus initial(boolean verifiedCooperative) {
        return verifiedCooperative ? ListingStatus.ACTIVE : ListingStatus.PENDING_REVIEW;
    }

    /**
     * The status after its owner edited it: a rejected listing is resubmitted for review, an expired one (given
     * new dates) comes back as a new one would, and ACTIVE and SOLD_OUT follow what is still available.
     */
    public static ListingStatus afterEdit(ListingStatus effective, boolean verifiedCooperative, BigDecimal available) {
        return switch (effective) {
            case REJECTED -> ListingStatus.PENDING_REVIEW;
            case EXPIRED -> onSale(initial(verifiedCooperative), available);
            case ACTIVE, SOLD_OUT -> onSale(ListingStatus.ACTIVE, available);
            default -> effective;
        };
    }

    private static ListingStatus onSale(ListingStatus status, BigDecimal available) {
        return status == ListingStatus.ACTIVE && available.signum() == 0 ? ListingStatus.SOLD_OUT : status;
    }
}
