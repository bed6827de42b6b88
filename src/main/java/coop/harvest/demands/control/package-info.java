/** Demand rules without a framework face: validation of quantities, price caps and dates. */
package coop.harvest.demands.control;
