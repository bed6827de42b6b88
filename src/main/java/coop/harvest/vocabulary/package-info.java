/**
 * The market's shared words, meant to be imported by every component: produce grades, certifications (and the set
 * of them stored with listings and demands), the counties of Huaihua, and the amount rules for quantities and prices.
 * Plain Java, no component's state; depends on platform only. Not a component: the architecture test allows it.
 */
package coop.harvest.vocabulary;
