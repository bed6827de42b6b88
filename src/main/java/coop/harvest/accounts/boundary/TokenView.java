package coop.harvest.accounts.boundary;

import java.time.Instant;

/** A freshly issued bearer token; only its hash is kept on the server. */
public record TokenView(String token, Instant expiresAt) {
}
