package coop.harvest.media.boundary;

import coop.harvest.media.control.ImageProcessor;
import coop.harvest.media.control.ImageRejected;
import coop.harvest.media.control.ProcessedImage;
import coop.harvest.media.entity.MediaImage;
import coop.harvest.platform.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Stores and opens images for any component (question photos, listing photos, certificate scans). The caller checks
 * who may upload; this facade checks the bytes. It joins the caller's transaction, so a refused change upstream
 * leaves no reference behind (an unreferenced file may stay: files are shared by content and harmless).
 */
@Stateless
@PermitAll
public class Images {

    /** When a photo refused as busy may be sent again: about the time the photos ahead of it take. */
    static final long RETRY_AFTER_SECONDS = 30;

    @PersistenceContext
    EntityManager em;

    @Inject
    MediaFolder folder;

    /**
     * Checks and re-encodes an upload, outside any transaction: a photo takes a while to decode and may wait for
     * its turn (see {@code ImageProcessor}), and holds no database connection or row lock meanwhile. Call it before
     * the transaction that stores the image.
     *
     * @param bytes     the upload's body (read with {@link ImageUploads#read})
     * @param mediaType its Content-Type: {@code image/jpeg} or {@code image/png}
     * @param maxBytes  the caller's size limit
     * @return the image to store; 415 for another media type, 413 over {@code maxBytes}, 422 when the bytes are not
     *         the image the type says or it has more than 40 million pixels, 503 (with {@code Retry-After}) when so
     *         many photos are being processed that its turn did not come within {@code ImageProcessor}'s limit
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PreparedImage prepare(byte[] bytes, String mediaType, long maxBytes) {
        try {
            return new PreparedImage(ImageProcessor.process(bytes, mediaType, maxBytes));
        } catch (ImageRejected rejected) {
            throw problem(rejected);
        }
    }

    /** Stores an image {@link #prepare}d before, in the caller's transaction. */
    public StoredImage store(PreparedImage prepared) {
        ProcessedImage processed = prepared.processed;
        String full = folder.store().put(processed.full());
        String thumb = folder.store().put(processed.thumb());
        MediaImage image = new MediaImage(full, thumb, processed.width(), processed.height(),
                processed.full().length, processed.thumb().length);
        em.persist(image);
        em.flush();
        return view(image);
    }

    /**
     * Checks, re-encodes and stores a picture in the caller's transaction, for start-up code (the demo photos);
     * uploads {@link #prepare} first instead. Refusals as {@link #prepare}'s.
     */
    public StoredImage store(byte[] bytes, String mediaType, long maxBytes) {
        // a call within the bean: prepare's attribute does not apply, the work stays in the caller's transaction
        return store(prepare(bytes, mediaType, maxBytes));
    }

    /** The file of one variant of a stored image, if the image and its file exist. */
    public Optional<ImageFile> open(long id, ImageVariant variant) {
        MediaImage image = em.find(MediaImage.class, id);
        if (image == null) {
            return Optional.empty();
        }
        String hash = variant == ImageVariant.THUMB ? image.getThumbSha256() : image.getSha256();
        Path path = folder.store().path(hash);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        return Optional.of(new ImageFile(path, etag(hash), variant == ImageVariant.THUMB
                ? image.getThumbByteSize() : image.getByteSize()));
    }

    /** The stored image's description, if it exists. */
    public Optional<StoredImage> find(long id) {
        return Optional.ofNullable(em.find(MediaImage.class, id)).map(Images::view);
    }

    private static StoredImage view(MediaImage image) {
        return new StoredImage(image.getId(), etag(image.getSha256()), image.getWidth(), image.getHeight());
    }

    private static String etag(String hash) {
        return "\"" + hash + "\"";
    }

    private static ProblemException problem(ImageRejected rejected) {
        return switch (rejected.reason()) {
            case UNSUPPORTED_TYPE -> new ProblemException(415, "Unsupported Media Type", rejected.getMessage());
            case TOO_LARGE -> ProblemException.tooLarge(rejected.getMessage());
            case NOT_THAT_IMAGE, TOO_MANY_PIXELS -> ProblemException.invalid("body", rejected.getMessage());
            case BUSY -> new ProblemException(503, "Busy", rejected.getMessage(), null,
                    Map.of("Retry-After", Long.toString(RETRY_AFTER_SECONDS)));
        };
    }
}
