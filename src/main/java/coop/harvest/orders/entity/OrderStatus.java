package coop.harvest.orders.entity;

/** Where an order stands. DECLINED, CANCELLED and EXPIRED gave their quantity back. */
public enum OrderStatus {
    PENDING_CONFIRMATION, CONFIRMED, SHIPPED, COMPLETED, DECLINED, CANCELLED, EXPIRED, DISPUTED;

    public boolean releasesQuantity() {
        return this == DECLINED || this == CANCELLED || this == EXPIRED;
    }
}
