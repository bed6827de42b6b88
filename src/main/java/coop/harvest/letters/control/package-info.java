/** The mailbox's rules without a container: working days, the letter's states, codes, numbers and figures. */
package coop.harvest.letters.control;
