/**
 * Running the marketplace in production: online backups of the embedded Derby database into
 * {@code HARVEST_DATA_DIR/backups}, recorded and audited, and refused with advice when the database is a server
 * whose own tools must back it up.
 */
package coop.harvest.operations;
