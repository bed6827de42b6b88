package coop.harvest.moderation.boundary;

import coop.harvest.moderation.entity.Report;
import coop.harvest.moderation.entity.ReportStatus;
import coop.harvest.moderation.entity.ReportTarget;
import java.time.Instant;

/**
 * A report; {@code note}, {@code resolvedAt} and {@code resolvedBy} appear once staff have resolved it, which raises
 * its {@code version}.
 */
public record ReportView(long id, ReportTarget targetType, long targetId, String reason, ReportStatus status,
                         long reporterId, String reporter, Instant createdAt, Instant resolvedAt,
                         String resolvedBy, String note, long version) {

    static ReportView of(Report r, String reporterUsername) {
        return new ReportView(r.getId(), r.getTargetType(), r.getTargetId(), r.getReason(), r.getStatus(),
                r.getReporterId(), reporterUsername, r.getCreatedAt(), r.getResolvedAt(), r.getResolvedBy(),
                r.getResolutionNote(), r.getVersion());
    }
}
