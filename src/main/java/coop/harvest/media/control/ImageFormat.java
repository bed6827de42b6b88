package coop.harvest.media.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The upload formats accepted, each with its media type and the bytes every file of that format starts with. */
public enum ImageFormat {
    JPEG("image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    private final String mediaType;
    private final byte[] magic;

    ImageFormat(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format a Content-Type names ({@code image/jpeg; charset=x} too; {@code image/jpg} as phones send it). */
    public static Optional<ImageFormat> ofMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (type.equals("image/jpg") || type.equals("image/pjpeg")) {
            return Optional.of(JPEG);
        }
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(type)).findFirst();
    }

    /** True when the bytes start as files of this format do. */
    public boolean matches(byte[] bytes) {
        return bytes != null && bytes.length >= magic.length
                && Arrays.equals(Arrays.copyOf(bytes, magic.length), magic);
    }
}
