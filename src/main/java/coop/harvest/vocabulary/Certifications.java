package coop.harvest.vocabulary;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The certifications a listing carries or a demand requires, stored as one boolean column each so that "has all of
 * these" stays a plain indexed predicate in SQL. Immutable: an owner replaces the whole value.
 */
@Embeddable
public class Certifications {

    private static final String PREFIX = "CERT_";

    @Column(name = PREFIX + "GREEN_FOOD", nullable = false)
    private boolean greenFood;

    @Column(name = PREFIX + "ORGANIC", nullable = false)
    private boolean organic;

    @Column(name = PREFIX + "GEOGRAPHICAL_INDICATION", nullable = false)
    private boolean geographicalIndication;

    @Column(name = PREFIX + "POLLUTION_FREE", nullable = false)
    private boolean pollutionFree;

    protected Certifications() {
    }

    /** {@code null} (a request that left the field out) means none. */
    public static Certifications of(Collection<Certification> certifications) {
        Certifications c = new Certifications();
        if (certifications != null) {
            c.greenFood = certifications.contains(Certification.GREEN_FOOD);
            c.organic = certifications.contains(Certification.ORGANIC);
            c.geographicalIndication = certifications.contains(Certification.GEOGRAPHICAL_INDICATION);
            c.pollutionFree = certifications.contains(Certification.POLLUTION_FREE);
        }
        return c;
    }

    public static Certifications of(Certification... certifications) {
        return of(List.of(certifications));
    }

    /** The column that holds one certification, for SQL written by hand (search). */
    public static String column(Certification certification) {
        return PREFIX + certification.name();
    }

    public boolean has(Certification certification) {
        return switch (certification) {
            case GREEN_FOOD -> greenFood;
            case ORGANIC -> organic;
            case GEOGRAPHICAL_INDICATION -> geographicalIndication;
            case POLLUTION_FREE -> pollutionFree;
        };
    }

    /** True when every certification {@code required} asks for is here too. */
    public boolean containsAll(Certifications required) {
        return (!required.greenFood || greenFood) && (!required.organic || organic)
                && (!required.geographicalIndication || geographicalIndication)
                && (!required.pollutionFree || pollutionFree);
    }

    /** In the catalogue's order, as JSON and pages show them. */
    public Set<Certification> asSet() {
        Set<Certification> set = EnumSet.noneOf(Certification.class);
        for (Certification certification : Certification.values()) {
            if (has(certification)) {
                set.add(certification);
            }
        }
        return set;
    }

    /** In the catalogue's order, as JSON and pages show them. */
    public List<Certification> asList() {
        return List.copyOf(asSet());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Certifications c && asSet().equals(c.asSet());
    }

    @Override
    public int hashCode() {
        return asSet().hashCode();
    }

    @Override
    public String toString() {
        return asSet().toString();
    }
}
