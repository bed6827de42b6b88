/** The certificate table (owned by this component only). */
package coop.harvest.certificates.entity;
