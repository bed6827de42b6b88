package coop.harvest.notifications.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something an account was told. */
@Entity
@Cacheable(false)
@Table(name = "NOTIFICATION")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ACCOUNT_ID", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "TYPE_NAME", nullable = false, updatable = false)
    private String type;

    @Column(name = "MESSAGE", nullable = false, updatable = false)
    private String message;

    @Column(name = "LINK", updatable = false)
    private String link;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "READ_AT")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(long accountId, String type, String message, String link) {
        this.accountId = accountId;
        this.type = type;
        this.message = message;
        this.link = link;
        this.at = Instant.now();
    }

    public void markRead() {
        if (readAt == null) {
            readAt = Instant.now();
        }
    }

    public Long getId() { return id; }
    public long getAccountId() { return accountId; }
    public String getType() { return type; }
    public String getMessage() { return message; }
    public String getLink() { return link; }
    public Instant getAt() { return at; }
    public boolean isRead() { return readAt != null; }
}
