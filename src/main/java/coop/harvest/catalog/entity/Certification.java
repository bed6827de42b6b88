package coop.harvest.catalog.entity;

/** Certifications a listing can carry and a demand can require. */
public enum Certification {
    GREEN_FOOD, ORGANIC, GEOGRAPHICAL_INDICATION, POLLUTION_FREE
}
