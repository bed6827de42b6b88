package coop.harvest.accounts.entity;

/** What an account is for; staff accounts are never self-registered. */
public enum Role {
    COOPERATIVE, BUYER, STAFF
}
