package coop.harvest.consultation.entity;

/** How a question reached the bureau: the web site, or a 12316 hotline call logged by staff. */
public enum Channel {
    WEB, HOTLINE
}
