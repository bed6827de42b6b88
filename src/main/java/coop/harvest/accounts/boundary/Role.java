package coop.harvest.accounts.boundary;

/** What an account is for; staff and expert accounts are never self-registered (staff create them). */
public enum Role {
    COOPERATIVE, BUYER, STAFF, EXPERT
}
