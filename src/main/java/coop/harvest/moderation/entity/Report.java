package coop.harvest.moderation.entity;

import coop.harvest.platform.Dates;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A signed-in account's complaint about a listing, a demand or another account. The database keeps one report per
 * reporter and target (REPORT_ONCE), so repeating a report never inflates the queue.
 */
@Entity
@Table(name = "REPORT")
public class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "REPORTER_ID", nullable = false, updatable = false)
    private long reporterId;

    @Enumerated(EnumType.STRING)
    @Column(name = "TARGET_TYPE", nullable = false, updatable = false)
    private ReportTarget targetType;

    @Column(name = "TARGET_ID", nullable = false, updatable = false)
    private long targetId;

    @Column(name = "REASON", nullable = false, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private ReportStatus status = ReportStatus.OPEN;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "RESOLVED_AT")
    private Instant resolvedAt;

    @Column(name = "RESOLVED_BY")
    private String resolvedBy;

    @Column(name = "RESOLUTION_NOTE")
    private String resolutionNote;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Report() {
    }

    public Report(long reporterId, ReportTarget targetType, long targetId, String reason) {
        this.reporterId = reporterId;
        this.targetType = targetType;
        this.targetId = targetId;
        this.reason = reason;
        this.createdAt = Dates.now();
    }

    public void resolve(String by, String note) {
        status = ReportStatus.RESOLVED;
        resolvedAt = Dates.now();
        resolvedBy = by;
        resolutionNote = note;
    }

    public Long getId() { return id; }
    public long getReporterId() { return reporterId; }
    public ReportTarget getTargetType() { return targetType; }
    public long getTargetId() { return targetId; }
    public String getReason() { return reason; }
    public ReportStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getResolvedAt() { return resolvedAt; }
    public String getResolvedBy() { return resolvedBy; }
    public String getResolutionNote() { return resolutionNote; }
    public long getVersion() { return version; }
}
