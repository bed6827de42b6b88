package coop.harvest.audit.entity;

import coop.harvest.platform.Dates;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit log: who did what to which target, why, and when. Never updated or deleted. */
@Entity
@Table(name = "AUDIT_ENTRY")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "OCCURRED_AT", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "ACTOR", nullable = false, updatable = false)
    private String actor;

    @Column(name = "ACTION", nullable = false, updatable = false)
    private String action;

    @Column(name = "TARGET_TYPE", updatable = false)
    private String targetType;

    @Column(name = "TARGET_ID", updatable = false)
    private Long targetId;

    @Column(name = "REASON", updatable = false)
    private String reason;

    protected AuditEntry() {
    }

    public AuditEntry(String actor, String action, String targetType, Long targetId, String reason) {
        this.at = Dates.now();
        this.actor = actor;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public Long getTargetId() {
        return targetId;
    }

    public String getReason() {
        return reason;
    }
}
