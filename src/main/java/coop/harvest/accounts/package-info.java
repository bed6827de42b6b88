/**
 * Accounts of cooperatives, buyers and bureau staff: registration, PBKDF2 password storage, opaque bearer tokens
 * stored as SHA-256 hashes, sign-in throttling held in the database, and the one HTTP authentication mechanism
 * that serves the bearer API, the Faces form login and session-authenticated event streams.
 * <p>
 * In the chain (README, Layout) accounts sits below listings, demands and notifications, beside catalog and above
 * audit: it owns the ACCOUNT and COOPERATIVE tables. Other components read parties' names, languages and standing
 * through {@code boundary.PartyDirectory}, and the bureau changes a cooperative's standing (verify, suspend,
 * reinstate) through {@code boundary.CooperativeStanding}; nobody else writes these tables.
 */
package coop.harvest.accounts;
