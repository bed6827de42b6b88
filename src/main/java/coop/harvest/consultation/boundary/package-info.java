/** The consultation API, its facades, pages and demo data. */
package coop.harvest.consultation.boundary;
