/** What moderation stores itself: users' reports. Decisions live on the listings, demands and cooperatives. */
package coop.harvest.moderation.entity;
