package coop.harvest.contracts.entity;

/** Where a contract offer stands: OPEN takes commitments; CLOSED is full or past its deadline; WITHDRAWN by the buyer. */
public enum OfferStatus {
    OPEN, CLOSED, WITHDRAWN
}
