package coop.harvest.moderation.entity;

/** What a report may point at. */
public enum ReportTarget {
    LISTING, DEMAND, ACCOUNT
}
