package coop.harvest.certificates.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The scan types a certificate takes, each recognised by the first bytes of the file ("magic bytes"). */
public enum DocumentType {
    PDF("application/pdf", new byte[]{'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    private final String mediaType;
    private final byte[] magic;

    DocumentType(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type a Content-Type header names (parameters such as {@code ; charset} ignored), if it is one of ours. */
    public static Optional<DocumentType> ofMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String bare = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(bare)).findFirst();
    }

    /** True when the bytes start as a file of this type does. */
    public boolean matches(byte[] bytes) {
        if (bytes == null || bytes.length < magic.length) {
            return false;
        }
        return Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }
}
