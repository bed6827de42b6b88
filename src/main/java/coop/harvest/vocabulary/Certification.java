package coop.harvest.vocabulary;

/** Certifications a listing can carry and a demand can require. */
public enum Certification {
    GREEN_FOOD, ORGANIC, GEOGRAPHICAL_INDICATION, POLLUTION_FREE
}
