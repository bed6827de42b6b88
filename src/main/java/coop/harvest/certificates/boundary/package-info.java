/**
 * What other components use: {@link coop.harvest.certificates.boundary.Certificates#unbacked} and
 * {@link coop.harvest.certificates.boundary.Certificates#backing} (the backing rule for listings),
 * {@link coop.harvest.certificates.boundary.CertificateLapsed} (fired when a certificate is revoked or expires), and
 * the moderation queue's {@code pending}/{@code countPending}.
 */
package coop.harvest.certificates.boundary;
