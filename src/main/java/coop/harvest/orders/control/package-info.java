/** Order rules with no framework face: which action moves an order from which state, and whose action it is. */
package coop.harvest.orders.control;
