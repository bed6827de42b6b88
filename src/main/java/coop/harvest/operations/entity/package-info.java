/** The record of backups taken, kept in the database that was backed up. */
package coop.harvest.operations.entity;
