/**
 * The bureau's moderation: verifying cooperatives, reviewing listings, removing abusive demands, handling reports.
 * Every decision is staff-only and written to the audit log in the same transaction as the change.
 */
package coop.harvest.moderation;
