/** Plain rules of certificates: which claims a certificate backs, its states, the scan's type check and files. */
package coop.harvest.certificates.control;
