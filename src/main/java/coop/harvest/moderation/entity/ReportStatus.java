package coop.harvest.moderation.entity;

/** A report is open until staff resolve it. */
public enum ReportStatus {
    OPEN, RESOLVED
}
