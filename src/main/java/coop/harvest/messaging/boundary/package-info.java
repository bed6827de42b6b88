/**
 * Messaging's face: phone verification and subscriptions over HTTP and pages, the outbox (queue a text, watch it),
 * the sender and SMPP gateway, observers of market events that trigger alerts, the daily digest and phone replies.
 */
package coop.harvest.messaging.boundary;
