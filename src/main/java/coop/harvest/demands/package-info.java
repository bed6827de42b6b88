/** Demand posts: what buyers want, at most at what price, by when; posting one asks matching to fill it. */
package coop.harvest.demands;
