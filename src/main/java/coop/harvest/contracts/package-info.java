/**
 * Order farming (订单农业): buyers' contract offers, the contracts cooperatives commit to, and their scheduled
 * deliveries at a fixed or protected floor price. In the chain it sits above orders (each shipped delivery becomes an
 * order through orders' boundary, and orders' {@code ContractOrderSettled} event brings receipts and disputes back),
 * market (spot prices for the floor), certificates (backing of required certifications), notifications, accounts,
 * catalog and audit.
 */
package coop.harvest.contracts;
