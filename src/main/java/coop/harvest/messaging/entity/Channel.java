package coop.harvest.messaging.entity;

/** How a subscription reaches its account: a text to the verified phone, or a notification in the app. */
public enum Channel { SMS, IN_APP }
