package coop.harvest.orders.entity;

/** How a buyer paid, outside the marketplace. */
public enum PaymentMethod {
    BANK_TRANSFER, WECHAT, ALIPAY, CASH, OTHER
}
