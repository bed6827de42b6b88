package coop.harvest.notifications.entity;

import coop.harvest.platform.Dates;
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

    /** The message's key in coop.harvest.notifications.messages; null for rows written before keys were kept. */
    @Column(name = "MESSAGE_KEY", updatable = false)
    private String messageKey;

    /** The message's arguments as a JSON array (strings, numbers, per-language or product/county objects). */
    @Column(name = "MESSAGE_ARGS", updatable = false)
    private String messageArgs;

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
        this.at = Dates.now();
    }

    public Notification(long accountId, String type, String message, String messageKey, String messageArgs,
                        String link) {
        this(accountId, type, message, link);
        this.messageKey = messageKey;
        this.messageArgs = messageArgs;
    }

    public void markRead() {
        if (readAt == null) {
            readAt = Dates.now();
        }
    }

    public Long getId() { return id; }
    public long getAccountId() { return accountId; }
    public String getType() { return type; }
    public String getMessage() { return message; }
    public String getLink() { return link; }
    public String getMessageKey() { return messageKey; }
    public String getMessageArgs() { return messageArgs; }
    public Instant getAt() { return at; }
    public boolean isRead() { return readAt != null; }
}
