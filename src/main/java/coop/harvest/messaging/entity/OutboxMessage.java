package coop.harvest.messaging.entity;

import jakarta.persistence.Cacheable;
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
 * One SMS to send. Written in the transaction of its cause; the sender changes it only by conditional updates
 * (claim with a lease, then sent / retry / failed), so several instances never send it twice.
 */
@Entity
@Cacheable(false)
@Table(name = "SMS_OUTBOX")
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "RECIPIENT", nullable = false, updatable = false)
    private String recipient;

    @Column(name = "BODY", nullable = false, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private OutboxStatus status;

    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts;

    @Column(name = "LAST_ERROR")
    private String lastError;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "SENT_AT")
    private Instant sentAt;

    @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "CLAIMED_BY")
    private String claimedBy;

    @Column(name = "LEASE_UNTIL")
    private Instant leaseUntil;

    @Column(name = "PARTS", nullable = false)
    private int parts;

    /** A text to a list (subscribers), sent after every due text to one person. */
    @Column(name = "BULK", nullable = false, updatable = false)
    private boolean bulk;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected OutboxMessage() {
    }

    public OutboxMessage(String recipient, String body, Instant now, boolean bulk) {
        this.bulk = bulk;
        this.recipient = recipient;
        this.body = body;
        this.status = OutboxStatus.QUEUED;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public Long getId() { return id; }
    public boolean isBulk() { return bulk; }
    public String getRecipient() { return recipient; }
    public String getBody() { return body; }
    public OutboxStatus getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public String getLastError() { return lastError; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
    public long getVersion() { return version; }
    public int getParts() { return parts; }
}
