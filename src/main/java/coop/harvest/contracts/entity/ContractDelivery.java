package coop.harvest.contracts.entity;

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
import java.time.LocalDate;

/** One scheduled delivery of an ACTIVE contract; shipping it fixes its price and creates its order. */
@Entity
@Cacheable(false)
@Table(name = "CONTRACT_DELIVERY")
public class ContractDelivery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "CONTRACT_ID", nullable = false, updatable = false)
    private long contractId;

    @Column(name = "DELIVERY_NUMBER", nullable = false, updatable = false)
    private int number;

    @Column(name = "DUE", nullable = false, updatable = false)
    private LocalDate due;

    @Column(name = "QUANTITY", nullable = false, updatable = false, precision = 13, scale = 3)
    private BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private DeliveryStatus status;

    @Column(name = "SHIPPED_QUANTITY", precision = 13, scale = 3)
    private BigDecimal shippedQuantity;

    @Column(name = "UNIT_PRICE", precision = 12, scale = 2)
    private BigDecimal unitPrice;

    @Column(name = "ORDER_ID")
    private Long orderId;

    @Column(name = "SHIPPED_AT")
    private Instant shippedAt;

    @Column(name = "REMINDED", nullable = false)
    private boolean reminded;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected ContractDelivery() {
    }

    public ContractDelivery(long contractId, int number, LocalDate due, BigDecimal quantity) {
        this.contractId = contractId;
        this.number = number;
        this.due = due;
        this.quantity = quantity;
        this.status = DeliveryStatus.SCHEDULED;
    }

    public void ship(BigDecimal shipped, BigDecimal price, long order, Instant at) {
        this.status = DeliveryStatus.SHIPPED;
        this.shippedQuantity = shipped;
        this.unitPrice = price;
        this.orderId = order;
        this.shippedAt = at;
    }

    public void moveTo(DeliveryStatus next) {
        this.status = next;
    }

    public Long getId() { return id; }
    public long getContractId() { return contractId; }
    public int getNumber() { return number; }
    public LocalDate getDue() { return due; }
    public BigDecimal getQuantity() { return quantity; }
    public DeliveryStatus getStatus() { return status; }
    public BigDecimal getShippedQuantity() { return shippedQuantity; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public Long getOrderId() { return orderId; }
    public Instant getShippedAt() { return shippedAt; }
    public boolean isReminded() { return reminded; }
    public long getVersion() { return version; }
}
