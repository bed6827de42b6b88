/** The question state machine, the expert queue order, figures and the masking of callers' names: plain Java. */
package coop.harvest.consultation.control;
