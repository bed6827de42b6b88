/**
 * Cross-cutting infrastructure used by every component and depending on none: the JAX-RS application,
 * problem+json error mapping, strict JSON request reading, the configured datasource with its versioned
 * schema migrations, security headers, the audit log writer and health checks.
 */
package coop.harvest.platform;
