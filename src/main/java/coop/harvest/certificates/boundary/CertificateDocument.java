package coop.harvest.certificates.boundary;

import java.nio.file.Path;

/** A certificate's scan, ready to serve. */
public record CertificateDocument(Path path, String mediaType, long length) {
}
