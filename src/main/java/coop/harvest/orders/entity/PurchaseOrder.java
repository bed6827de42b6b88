package coop.harvest.orders.entity;

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
import java.math.RoundingMode;
import java.time.Instant;

/** An order of a quantity of one listing at the listing's unit price, by a buyer, maybe for one of its demands. */
@Entity
@Cacheable(false)
@Table(name = "PURCHASE_ORDER")
public class PurchaseOrder {

    /** The version of an order as first stored (EclipseLink's first value of a numeric version). */
    public static final long FIRST_VERSION = 1;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Empty for the order of a contract delivery, which takes no listing's stock. */
    @Column(name = "LISTING_ID", updatable = false)
    private Long listingId;

    @Column(name = "DEMAND_ID", updatable = false)
    private Long demandId;

    @Column(name = "BUYER_ID", nullable = false, updatable = false)
    private long buyerId;

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(name = "PRODUCT_CODE", nullable = false, updatable = false)
    private String product;

    @Column(name = "QUANTITY", nullable = false, updatable = false, precision = 13, scale = 3)
    private BigDecimal quantity;

    @Column(name = "UNIT_PRICE", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal unitPrice;

    @Column(name = "TOTAL", nullable = false, updatable = false, precision = 16, scale = 2)
    private BigDecimal total;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private OrderStatus status;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "CONFIRM_BY", nullable = false, updatable = false)
    private Instant confirmBy;

    @Column(name = "CONFIRMED_AT")
    private Instant confirmedAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Column(name = "DELIVERY_ADDRESS", updatable = false)
    private String deliveryAddress;

    @Column(name = "NOTE", updatable = false)
    private String note;

    @Column(name = "CARRIER")
    private String carrier;

    @Column(name = "TRACKING_NUMBER")
    private String trackingNumber;

    @Column(name = "SHIPPING_NOTE")
    private String shippingNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "PAYMENT_METHOD")
    private PaymentMethod paymentMethod;

    @Column(name = "PAYMENT_REFERENCE")
    private String paymentReference;

    @Column(name = "PAID_AT")
    private Instant paidAt;

    @Column(name = "CONTRACT_ID", updatable = false)
    private Long contractId;

    @Column(name = "DELIVERY_NUMBER", updatable = false)
    private Integer deliveryNumber;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected PurchaseOrder() {
    }

    public PurchaseOrder(Long listingId, Long demandId, long buyerId, long cooperativeId, String product,
                         BigDecimal quantity, BigDecimal unitPrice, Instant createdAt, Instant confirmBy) {
        this.listingId = listingId;
        this.demandId = demandId;
        this.buyerId = buyerId;
        this.cooperativeId = cooperativeId;
        this.product = product;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.total = quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
        this.status = OrderStatus.PENDING_CONFIRMATION;
        this.createdAt = createdAt;
        this.confirmBy = confirmBy;
        this.updatedAt = createdAt;
    }

    /**
     * The order of delivery {@code deliveryNumber} of an order-farming contract: no listing, already SHIPPED and
     * never confirmed (no confirmation time), so it is no spot trade and no market figure counts it.
     */
    public static PurchaseOrder forContractDelivery(long contractId, int deliveryNumber, long buyerId,
                                                    long cooperativeId, String product, BigDecimal quantity,
                                                    BigDecimal unitPrice, Instant at) {
        PurchaseOrder order = new PurchaseOrder(null, null, buyerId, cooperativeId, product, quantity, unitPrice, at,
                at);
        order.status = OrderStatus.SHIPPED;
        order.contractId = contractId;
        order.deliveryNumber = deliveryNumber;
        return order;
    }

    /**
     * The order as inserted by the orders component's own statement rather than through the entity manager: its id
     * and first version. An order has one id: giving it a second is a mistake.
     */
    public void stored(long storedId) {
        if (id != null) {
            throw new IllegalStateException("Order " + id + " is already stored");
        }
        this.id = storedId;
        this.version = FIRST_VERSION;
    }

    public void moveTo(OrderStatus next, Instant at) {
        this.status = next;
        this.updatedAt = at;
        if (next == OrderStatus.CONFIRMED) {
            this.confirmedAt = at;
        }
    }

    /** Where the order goes and the buyer's note, set once when it is created. */
    public void setDelivery(String deliveryAddress, String note) {
        this.deliveryAddress = deliveryAddress;
        this.note = note;
    }

    /** The shipment's carrier, tracking number and the cooperative's note (any may be null). */
    public void recordShipment(String carrier, String trackingNumber, String shippingNote) {
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
        this.shippingNote = shippingNote;
    }

    /** The payment made outside the marketplace, as the cooperative records it. */
    public void recordPayment(PaymentMethod method, String reference, Instant at) {
        this.paymentMethod = method;
        this.paymentReference = reference;
        this.paidAt = at;
        this.updatedAt = at;
    }

    public boolean isPaid() { return paidAt != null; }
    public String getDeliveryAddress() { return deliveryAddress; }
    public String getNote() { return note; }
    public String getCarrier() { return carrier; }
    public String getTrackingNumber() { return trackingNumber; }
    public String getShippingNote() { return shippingNote; }
    public PaymentMethod getPaymentMethod() { return paymentMethod; }
    public String getPaymentReference() { return paymentReference; }
    public Instant getPaidAt() { return paidAt; }
    public Long getId() { return id; }
    public Long getListingId() { return listingId; }
    public Long getContractId() { return contractId; }
    public Integer getDeliveryNumber() { return deliveryNumber; }
    public Long getDemandId() { return demandId; }
    public long getBuyerId() { return buyerId; }
    public long getCooperativeId() { return cooperativeId; }
    public String getProduct() { return product; }
    public BigDecimal getQuantity() { return quantity; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public BigDecimal getTotal() { return total; }
    public OrderStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getConfirmBy() { return confirmBy; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
