/** Messaging's own tables: the outbox, verified phones and their codes, subscriptions. */
package coop.harvest.messaging.entity;
