package coop.harvest.orders.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The buyer's review of a completed order (one per order) and the cooperative's reply (at most one). */
@Entity
@Cacheable(false)
@Table(name = "ORDER_REVIEW")
public class OrderReview {

    @Id
    @Column(name = "ORDER_ID")
    private Long orderId;

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(name = "BUYER_ID", nullable = false, updatable = false)
    private long buyerId;

    @Column(name = "RATING", nullable = false, updatable = false)
    private int rating;

    @Column(name = "REVIEW_COMMENT", updatable = false)
    private String comment;

    @Column(name = "REPLY")
    private String reply;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "REPLIED_AT")
    private Instant repliedAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected OrderReview() {
    }

    public OrderReview(long orderId, long cooperativeId, long buyerId, int rating, String comment, Instant at) {
        this.orderId = orderId;
        this.cooperativeId = cooperativeId;
        this.buyerId = buyerId;
        this.rating = rating;
        this.comment = comment;
        this.createdAt = at;
    }

    public void reply(String text, Instant at) {
        this.reply = text;
        this.repliedAt = at;
    }

    public Long getOrderId() { return orderId; }
    public long getCooperativeId() { return cooperativeId; }
    public long getBuyerId() { return buyerId; }
    public int getRating() { return rating; }
    public String getComment() { return comment; }
    public String getReply() { return reply; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getRepliedAt() { return repliedAt; }
    public long getVersion() { return version; }
}
