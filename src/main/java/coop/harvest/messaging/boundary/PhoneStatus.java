package coop.harvest.messaging.boundary;

import java.time.Instant;

/** The caller's phone for SMS: the verified number (if any) and a code waiting to be entered (if any). */
public record PhoneStatus(String phone, boolean verified, Instant verifiedAt, String pendingPhone,
                          Instant codeExpiresAt) {
}
