/** The matching entry points (called inside the caller's transaction) and the re-matching of released orders. */
package coop.harvest.matching.boundary;
