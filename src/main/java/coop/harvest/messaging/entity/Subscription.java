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
import java.math.BigDecimal;
import java.time.Instant;

/** What one account wants to hear about and how. A price alert's armed flags change by conditional updates. */
@Entity
@Cacheable(false)
@Table(name = "SUBSCRIPTION")
public class Subscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ACCOUNT_ID", nullable = false, updatable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, updatable = false)
    private SubscriptionKind kind;

    @Column(name = "PRODUCT_CODE", updatable = false)
    private String product;

    @Column(name = "COUNTY", updatable = false)
    private String county;

    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", nullable = false, updatable = false)
    private Channel channel;

    @Column(name = "BELOW", updatable = false)
    private BigDecimal below;

    @Column(name = "ABOVE", updatable = false)
    private BigDecimal above;

    @Column(name = "BELOW_ARMED", nullable = false)
    private boolean belowArmed = true;

    @Column(name = "ABOVE_ARMED", nullable = false)
    private boolean aboveArmed = true;

    @Column(name = "UNSUBSCRIBE_TOKEN", nullable = false, updatable = false)
    private String unsubscribeToken;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Subscription() {
    }

    public Subscription(long accountId, SubscriptionKind kind, String product, String county, Channel channel,
                        BigDecimal below, BigDecimal above, String unsubscribeToken, Instant now) {
        this.accountId = accountId;
        this.kind = kind;
        this.product = product;
        this.county = county;
        this.channel = channel;
        this.below = below;
        this.above = above;
        this.unsubscribeToken = unsubscribeToken;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public long getAccountId() { return accountId; }
    public SubscriptionKind getKind() { return kind; }
    public String getProduct() { return product; }
    public String getCounty() { return county; }
    public Channel getChannel() { return channel; }
    public BigDecimal getBelow() { return below; }
    public BigDecimal getAbove() { return above; }
    public boolean isBelowArmed() { return belowArmed; }
    public boolean isAboveArmed() { return aboveArmed; }
    public String getUnsubscribeToken() { return unsubscribeToken; }
    public Instant getCreatedAt() { return createdAt; }
}
