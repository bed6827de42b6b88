/** The notifier other components call, the reader's API (list, mark read, event stream) and the header badge. */
package coop.harvest.notifications.boundary;
