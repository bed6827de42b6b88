/**
 * Market information by SMS (农信通): verified phones, subscriptions (daily prices, price alerts, new listings and
 * demands, bureau posts) by SMS or in the app, a transactional outbox drained by a sender on every instance, and the
 * SMPP 3.4 gateway with delivery receipts and replies from phones.
 */
package coop.harvest.messaging;
