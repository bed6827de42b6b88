package coop.harvest.certificates.control;

import coop.harvest.vocabulary.Certification;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A listing may carry certification C only while its cooperative holds an APPROVED certificate of type C that covers
 * the listing's product and is valid that day ({@code validFrom ≤ day ≤ validUntil}).
 */
public final class BackingRule {

    private BackingRule() {
    }

    /** The claimed certifications no certificate of the cooperative backs. */
    public static Set<Certification> unbacked(Collection<CertificateFacts> held, String product,
                                              Collection<Certification> claimed, LocalDate day) {
        Set<Certification> missing = EnumSet.noneOf(Certification.class);
        if (claimed == null) {
            return missing;
        }
        for (Certification claim : claimed) {
            if (held.stream().noneMatch(c -> c.backs(claim, product, day))) {
                missing.add(claim);
            }
        }
        return missing;
    }

    /** The certificates that back the claims, in the order of the certifications, the latest-valid first per type. */
    public static List<CertificateFacts> backing(Collection<CertificateFacts> held, String product,
                                                 Collection<Certification> claimed, LocalDate day) {
        if (claimed == null || claimed.isEmpty()) {
            return List.of();
        }
        return held.stream().filter(c -> claimed.contains(c.type()) && c.backs(c.type(), product, day))
                .sorted((a, b) -> a.type() != b.type() ? a.type().compareTo(b.type())
                        : b.validUntil().compareTo(a.validUntil()))
                .toList();
    }
}
