package coop.harvest.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificationsTest {

    @Test
    void leftOutMeansNone() {
        assertEquals(Set.of(), Certifications.of((Set<Certification>) null).asSet());
        assertEquals(Certifications.of(), Certifications.of(EnumSet.noneOf(Certification.class)));
    }

    @Test
    void listsInTheCatalogueOrderWhateverTheInputOrder() {
        Certifications c = Certifications.of(List.of(Certification.POLLUTION_FREE, Certification.GREEN_FOOD,
                Certification.GEOGRAPHICAL_INDICATION));
        assertEquals(List.of(Certification.GREEN_FOOD, Certification.GEOGRAPHICAL_INDICATION,
                Certification.POLLUTION_FREE), c.asList());
        assertFalse(c.has(Certification.ORGANIC));
    }

    @Test
    void containsAllIsTheSubsetRule() {
        Certifications offered = Certifications.of(Certification.ORGANIC, Certification.GREEN_FOOD);
        assertTrue(offered.containsAll(Certifications.of()));
        assertTrue(offered.containsAll(Certifications.of(Certification.ORGANIC)));
        assertTrue(offered.containsAll(offered));
        assertFalse(offered.containsAll(Certifications.of(Certification.ORGANIC, Certification.POLLUTION_FREE)));
        assertFalse(Certifications.of().containsAll(Certifications.of(Certification.GEOGRAPHICAL_INDICATION)));
    }

    @Test
    void everyCertificationHasItsColumn() {
        for (Certification c : Certification.values()) {
            assertEquals("CERT_" + c.name(), Certifications.column(c));
        }
    }
}
