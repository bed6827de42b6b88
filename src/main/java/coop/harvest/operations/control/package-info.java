/** Framework-free decisions about backups: where a backup goes and which databases can be backed up online. */
package coop.harvest.operations.control;
