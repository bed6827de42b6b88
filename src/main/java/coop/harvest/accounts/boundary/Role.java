package coop.harvest.accounts.boundary;

/** What an account is for; staff accounts are never self-registered. */
public enum Role {
    COOPERATIVE, BUYER, STAFF
}
