/**
 * Expert consultation and the 12316 hotline: staff create experts with their specialties; farmers ask questions (with
 * up to four photos) on the web and staff log hotline calls for callers; experts of that crop answer; the asker
 * accepts the answer that helped. The archive is public; callers' and askers' contact details never are.
 */
package coop.harvest.consultation;
