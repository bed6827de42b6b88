package coop.harvest.letters.entity;

/** Where a letter stands: received, assigned to a staff member, answered, sent back by its writer, or closed. */
public enum LetterStatus {
    RECEIVED, ASSIGNED, ANSWERED, REOPENED, CLOSED
}
