package coop.harvest.orders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an order's history: the state it reached, when, by whom, and why. Never updated. */
@Entity
@Table(name = "ORDER_EVENT")
public class OrderEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ORDER_ID", nullable = false, updatable = false)
    private long orderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, updatable = false)
    private OrderStatus status;

    @Column(name = "OCCURRED_AT", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "ACTOR", nullable = false, updatable = false)
    private String actor;

    @Column(name = "NOTE", updatable = false)
    private String note;

    /** Null for a change of status; what else happened otherwise (PAID). */
    @Column(name = "EVENT_KIND", updatable = false)
    private String kind;

    protected OrderEvent() {
    }

    public OrderEvent(long orderId, OrderStatus status, Instant at, String actor, String note) {
        this.orderId = orderId;
        this.status = status;
        this.at = at;
        this.actor = actor;
        this.note = note;
    }

    public String getKind() { return kind; }
    public Long getId() { return id; }
    public long getOrderId() { return orderId; }
    public OrderStatus getStatus() { return status; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public String getNote() { return note; }
}
