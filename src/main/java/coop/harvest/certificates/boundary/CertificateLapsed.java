package coop.harvest.certificates.boundary;

import java.util.List;

/**
 * Fired synchronously, inside the transaction, when an approved certificate is revoked (by staff) or expires (actor
 * {@code system}): listings that relied on it drop the certifications no other valid certificate backs.
 *
 * @param type     the certification's name, e.g. {@code ORGANIC}
 * @param products the product codes it covered
 * @param reason   the staff member's reason for a revocation, or {@code expired}
 */
public record CertificateLapsed(long certificateId, long cooperativeId, String type, List<String> products,
                                String reason, String actor) {
}
