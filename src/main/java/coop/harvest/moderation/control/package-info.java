/**
 * Moderation rules with no framework face: which decision may be taken from which listing status, the reason
 * rule, the audit log's search criteria and its CSV form. Plain classes, tested without a container.
 */
package coop.harvest.moderation.control;
