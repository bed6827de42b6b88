/**
 * Demo data for HARVEST_DEMO=true: the cooperatives and figures of the Huaihua bureau's report, a few more
 * cooperatives and buyers, their listings and demands — all created through the same session beans as real users'
 * data. Nothing depends on this component.
 */
package coop.harvest.demo;
