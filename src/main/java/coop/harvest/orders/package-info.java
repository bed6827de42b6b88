/**
 * Orders: direct purchases and the orders matching creates, their lifecycle (confirm, decline, ship, receive, cancel,
 * dispute), the confirmation deadline sweeper, and giving quantity back when an order fails.
 */
package coop.harvest.orders;
