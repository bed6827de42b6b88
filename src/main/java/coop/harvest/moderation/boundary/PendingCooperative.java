package coop.harvest.moderation.boundary;

import java.time.Instant;

/**
 * An unverified cooperative with what staff check before verifying it: its registration number and county, and
 * the account that registered it with its contact details (staff may see those).
 */
public record PendingCooperative(long id, String name, String registrationNumber, String county,
                                 Instant registeredAt, Long waitingMinutes, String username, String contactName,
                                 String email, String phone) {
}
