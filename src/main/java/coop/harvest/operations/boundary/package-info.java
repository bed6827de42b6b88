/** The staff-only operations API and the session beans behind it. */
package coop.harvest.operations.boundary;
