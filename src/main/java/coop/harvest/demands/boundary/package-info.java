/**
 * What the outside touches of demands: the JSON resource, the {@code Demands} facade (posting calls matching in the
 * same transaction), the expiry sweeper, request bodies, views and the buyer's Faces beans.
 */
package coop.harvest.demands.boundary;
