package coop.harvest.orders.boundary;

/**
 * The order of an order-farming delivery was received ({@code COMPLETED}) or disputed ({@code DISPUTED}) by its
 * buyer; fired in the transaction of the order action, for the contracts component above orders.
 */
public record ContractOrderSettled(long orderId, long contractId, int deliveryNumber, String status) {
}
