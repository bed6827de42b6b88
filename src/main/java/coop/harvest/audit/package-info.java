/**
 * The audit log: {@code boundary.AuditLog} appends a line for every staff decision in the decision's transaction,
 * {@code boundary.AuditTrail} reads and exports it for moderation's pages. It owns the AUDIT_ENTRY table (append-only)
 * and sits at the bottom of the chain, above platform only.
 */
package coop.harvest.audit;
