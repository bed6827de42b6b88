/** The order aggregate and its history lines. */
package coop.harvest.orders.entity;
