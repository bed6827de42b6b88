package coop.harvest.audit.boundary;

import coop.harvest.audit.entity.AuditEntry;

import java.time.Instant;

/** One audit line: when, who (a username, or {@code system}), what, to which target, and why. */
public record AuditEntryView(Instant at, String actor, String action, String targetType, Long targetId,
                             String reason) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.getAt(), e.getActor(), e.getAction(), e.getTargetType(), e.getTargetId(),
                e.getReason());
    }
}
