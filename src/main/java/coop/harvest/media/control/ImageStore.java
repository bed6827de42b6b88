package coop.harvest.media.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

/**
 * JPEG files named by the SHA-256 of their bytes under one folder ({@code HARVEST_DATA_DIR/media}), two hex digits of
 * fan-out: the same bytes are stored once, and a file never changes once written, so its hash is its ETag.
 */
public final class ImageStore {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    public ImageStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Writes the bytes (unless that content is there already) and answers their hash. */
    public String put(byte[] bytes) {
        String hash = ContentHash.sha256(bytes);
        Path target = path(hash);
        if (Files.isRegularFile(target)) {
            return hash;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), hash, ".part");
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store an image under " + root, e);
        }
    }

    /** The file of that content; the hash is checked, so no value can point outside the folder. */
    public Path path(String hash) {
        if (hash == null || !HASH.matcher(hash).matches()) {
            throw new IllegalArgumentException("not a SHA-256 hash");
        }
        return root.resolve(hash.substring(0, 2)).resolve(hash + ".jpg");
    }
}
