/**
 * Matching rules with no framework face: which listing and demand are compatible, in which order they are taken
 * (price-time priority) and how a demand is split into fills. The session beans feed them fresh rows read under the
 * product lock, so the rules can be unit-tested without a container.
 */
package coop.harvest.matching.control;
