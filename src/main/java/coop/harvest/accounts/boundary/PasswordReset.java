package coop.harvest.accounts.boundary;

/** A password reset forced by staff: the temporary password to hand to the account's owner, shown once. */
public record PasswordReset(long accountId, String username, String temporaryPassword) {
}
