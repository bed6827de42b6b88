package coop.harvest.consultation.entity;

/** OPEN until an expert answers; ANSWERED (more answers may come); RESOLVED once the asker accepts one. */
public enum QuestionStatus {
    OPEN, ANSWERED, RESOLVED
}
