package coop.harvest.messaging.entity;

/** What a subscription tells about. */
public enum SubscriptionKind { DAILY_PRICES, PRICE_ALERT, NEW_LISTINGS, NEW_DEMANDS, POSTS }
