/** Plain rules of the catalogue: which products a search query names. */
package coop.harvest.catalog.control;
