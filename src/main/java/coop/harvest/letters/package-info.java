/**
 * The bureau's mailbox (局长信箱): anyone writes a letter, gets a tracking number and an access code, and follows it;
 * staff assign and answer by a due date in working days; the writer says whether the answer settled it.
 */
package coop.harvest.letters;
