/**
 * Accounts of cooperatives, buyers and bureau staff: registration, PBKDF2 password storage, opaque bearer tokens
 * stored as SHA-256 hashes, sign-in throttling held in the database, and the one HTTP authentication mechanism
 * that serves the bearer API, the Faces form login and session-authenticated event streams.
 */
package coop.harvest.accounts;
