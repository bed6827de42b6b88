/** The listing entity and its statuses; quantities change only through conditional updates in the database. */
package coop.harvest.listings.entity;
