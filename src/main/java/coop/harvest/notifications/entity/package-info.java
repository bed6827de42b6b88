/** A stored notification: its text is rendered once, in the reader's language, when it is written. */
package coop.harvest.notifications.entity;
