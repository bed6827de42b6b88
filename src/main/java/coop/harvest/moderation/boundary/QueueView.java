package coop.harvest.moderation.boundary;

import coop.harvest.certificates.boundary.CertificateView;
import java.util.List;

/**
 * The bureau's work: listings awaiting review (oldest first), open reports (oldest first) and unverified
 * cooperatives (oldest first), certificates awaiting a check (oldest first). Each list holds at most {@link ModerationQueue#LIMIT} items; {@code counts} gives
 * the full numbers.
 */
public record QueueView(List<ModeratedListing> listings, List<ReportView> reports,
                        List<PendingCooperative> cooperatives, List<CertificateView> certificates,
                        Counts counts) {

    /** How many items wait in each list. */
    public record Counts(long listings, long reports, long cooperatives) {
    }
}
