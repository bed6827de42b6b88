/** Letters and their history, as stored in LETTER and LETTER_EVENT. */
package coop.harvest.letters.entity;
