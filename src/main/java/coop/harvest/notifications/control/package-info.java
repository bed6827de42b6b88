/** Rendering notification texts from the notification bundles in an account's language. */
package coop.harvest.notifications.control;
