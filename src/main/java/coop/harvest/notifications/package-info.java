/** In-app notifications for matches, order changes and moderation decisions, with a server-sent event stream. */
package coop.harvest.notifications;
