/**
 * The bureau's moderation: verifying cooperatives, reviewing listings, removing abusive demands, handling reports.
 * Every decision is staff-only and written to the audit log in the same transaction as the change.
 * <p>
 * In the chain (README, Layout) below orders, above listings, demands, accounts and audit: it changes listings',
 * demands' and cooperatives' status only through their boundaries and fires {@code ListingSuspended} and
 * {@code CooperativeSuspended}, which orders observe. It owns the REPORT table.
 */
package coop.harvest.moderation;
