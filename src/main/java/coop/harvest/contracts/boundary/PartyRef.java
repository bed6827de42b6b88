package coop.harvest.contracts.boundary;

/** A party by id and public name. */
public record PartyRef(long id, String name) {
}
