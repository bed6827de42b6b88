package coop.harvest.letters.entity;

/** What a letter is about. */
public enum LetterCategory {
    CONSULTATION, COMPLAINT, SUGGESTION, REPORT
}
