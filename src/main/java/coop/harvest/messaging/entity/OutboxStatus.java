package coop.harvest.messaging.entity;

/** Where an outbox message is: waiting (or being retried), handed to the SMSC, delivered to the phone, or given up. */
public enum OutboxStatus { QUEUED, SENT, DELIVERED, FAILED }
