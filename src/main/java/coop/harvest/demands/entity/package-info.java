/** The demand entity and its statuses. */
package coop.harvest.demands.entity;
