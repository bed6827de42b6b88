/**
 * What the outside touches of moderation: the staff-only session beans (decisions, queue, reports, audit trail),
 * their thin JAX-RS resources, the request and view records, the CDI events other components observe, and the
 * backing beans of the pages under {@code /staff/}.
 */
package coop.harvest.moderation.boundary;
