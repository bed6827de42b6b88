/**
 * What the outside touches: the REST resource, the role-checked facade, the order book that matching calls inside
 * its transaction, the expiry sweeper, moderation observers and the order pages' beans.
 */
package coop.harvest.orders.boundary;
