/**
 * Orders: direct purchases and the orders matching creates, their lifecycle (confirm, decline, ship, receive, cancel,
 * dispute), the confirmation deadline sweeper, and giving quantity back when an order fails.
 * <p>
 * In the chain (README, Layout) below matching, above moderation: it observes moderation's suspensions, moves stock
 * and fills through the listings' and demands' boundaries, and announces {@code OrderReleased} and
 * {@code OrderConfirmed}. It owns PURCHASE_ORDER and ORDER_EVENT.
 */
package coop.harvest.orders;
