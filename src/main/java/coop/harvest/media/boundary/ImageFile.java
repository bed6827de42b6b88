package coop.harvest.media.boundary;

import java.nio.file.Path;

/** One file of a stored image, ready to serve: always {@code image/jpeg}; {@code etag} is quoted. */
public record ImageFile(Path path, String etag, long length) {

    public static final String MEDIA_TYPE = "image/jpeg";
}
