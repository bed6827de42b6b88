package coop.harvest.certificates.boundary;

import coop.harvest.certificates.control.BackingRule;
import coop.harvest.certificates.control.CertificateFacts;
import coop.harvest.vocabulary.Certification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The approved certificates of several cooperatives, read once ({@link Certificates#backingLookup}), so that a page
 * of listings finds the certificates behind each listing's claims without a query per listing.
 */
public final class BackingLookup {

    private final Map<Long, List<CertificateFacts>> byCooperative;
    private final LocalDate day;

    BackingLookup(Map<Long, List<CertificateFacts>> byCooperative, LocalDate day) {
        this.byCooperative = byCooperative;
        this.day = day;
    }

    /** The certificates that back these claims of the cooperative on the product, one per certification. */
    public List<CertificateRef> backing(long cooperativeId, String product, Collection<Certification> claimed) {
        return refs(byCooperative.getOrDefault(cooperativeId, List.of()), product, claimed, day);
    }

    static List<CertificateRef> refs(List<CertificateFacts> held, String product, Collection<Certification> claimed,
                                     LocalDate day) {
        if (claimed == null || claimed.isEmpty()) {
            return List.of();
        }
        Set<Certification> seen = EnumSet.noneOf(Certification.class);
        List<CertificateRef> refs = new ArrayList<>();
        for (CertificateFacts c : BackingRule.backing(held, product, claimed, day)) {
            if (seen.add(c.type())) {
                refs.add(new CertificateRef(c.type(), c.number(), c.issuer(), c.validUntil()));
            }
        }
        return refs;
    }
}
