package coop.harvest.listings.boundary;

import coop.harvest.vocabulary.Certification;
import coop.harvest.vocabulary.Grade;
import java.math.BigDecimal;
import java.util.Set;

/** The filters of a listing search; null means "any". */
public record ListingQuery(String product, String county, Set<Certification> certifications, Grade minGrade,
                           BigDecimal maxPrice, String q, Long cooperativeId, ListingStatus status, Sort sort) {

    public enum Sort { PRICE, NEWEST }

    public static ListingQuery all() {
        return new ListingQuery(null, null, Set.of(), null, null, null, null, null, Sort.NEWEST);
    }
}
