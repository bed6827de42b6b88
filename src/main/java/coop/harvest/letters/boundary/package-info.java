/** The mailbox over HTTP and in pages: writing, tracking, staff handling, timers, limits and figures. */
package coop.harvest.letters.boundary;
