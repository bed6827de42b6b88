/** Contract offers with their delivery schedule, contracts and their deliveries: the tables contracts owns. */
package coop.harvest.contracts.entity;
