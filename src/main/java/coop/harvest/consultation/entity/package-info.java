/** Experts' profiles, questions, their photos and answers: the tables this component owns. */
package coop.harvest.consultation.entity;
