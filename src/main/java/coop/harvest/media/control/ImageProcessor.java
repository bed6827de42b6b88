package coop.harvest.media.control;

import coop.harvest.media.control.ImageRejected.Reason;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Checks an upload and turns it into what is kept: the bytes must be the JPEG or PNG the media type says (magic
 * bytes, then a successful decode), the picture at most {@link #MAX_PIXELS} (read from the header before the pixels
 * are decoded, so a small file that inflates to gigabytes is refused cheaply), and what is kept is re-encoded as
 * JPEG from the pixels alone: EXIF (a phone's GPS position), comments and colour profiles are not carried over.
 */
public final class ImageProcessor {

    public static final int MAX_SIDE = 1600;
    public static final int THUMB_SIDE = 320;
    public static final long MAX_PIXELS = 40_000_000L;
    private static final float QUALITY = 0.85f;

    /**
     * Heap set aside for each picture being decoded. The largest one decoded whole (just under twice
     * {@link #MAX_SIDE} square, 10 megapixels) needs about 80 MB between its pixels and their RGB copy, a bigger one
     * is read at a fraction of its size and needs less; the rest is left to the application and the upload bodies.
     */
    static final long HEAP_PER_DECODE = 200L * 1024 * 1024;

    /**
     * Uploads beyond what the heap holds wait here for their turn instead of running the server out of memory:
     * sixteen 10-megapixel pictures at once did, in a 512 MB heap, and were answered 500. An upload refused for its
     * type, size or first bytes never waits.
     */
    private static final Semaphore DECODING = new Semaphore(concurrentDecodes(Runtime.getRuntime().maxMemory(),
            Runtime.getRuntime().availableProcessors()), true);

    private ImageProcessor() {
    }

    /** The checked, scaled and re-encoded image; {@link ImageRejected} says why not. */
    public static ProcessedImage process(byte[] bytes, String contentType, long maxBytes) {
        ImageFormat format = ImageFormat.ofMediaType(contentType).orElseThrow(() -> new ImageRejected(
                Reason.UNSUPPORTED_TYPE, "Send the photo as image/jpeg or image/png"));
        if (bytes.length > maxBytes) {
            throw new ImageRejected(Reason.TOO_LARGE, "The image is larger than " + (maxBytes / (1024 * 1024))
                    + " MiB");
        }
        if (!format.matches(bytes)) {
            throw new ImageRejected(Reason.NOT_THAT_IMAGE, "The body is not a " + format + " image");
        }
        DECODING.acquireUninterruptibly();
        try {
            BufferedImage full = scaled(rgb(decode(bytes, format, MAX_SIDE)), MAX_SIDE);
            BufferedImage thumb = scaled(full, THUMB_SIDE);
            return new ProcessedImage(jpeg(full), full.getWidth(), full.getHeight(),
                    jpeg(thumb), thumb.getWidth(), thumb.getHeight());
        } finally {
            DECODING.release();
        }
    }

    /**
     * How many pictures may be decoded at once in a heap of {@code maxHeapBytes} on {@code processors} cores: one
     * per {@link #HEAP_PER_DECODE} of heap, at most one per core (decoding is all CPU, so more at once would only
     * share the cores), at least one.
     */
    static int concurrentDecodes(long maxHeapBytes, int processors) {
        return (int) Math.max(1, Math.min(processors, maxHeapBytes / HEAP_PER_DECODE));
    }

    /**
     * The picture's pixels, decoded at most about twice {@code maxSide} on the long side: a picture larger than that
     * is read taking every n-th pixel of every n-th row (n = long side / maxSide, rounded down), so a 40-megapixel
     * photo never exists whole in memory (120 MB decoded, 160 MB as RGB: four of those at once exhausted a 512 MB
     * heap and were answered 500). What is kept is at most {@code maxSide} anyway; the smooth
     * downscaling after takes the rest.
     */
    static BufferedImage decode(byte[] bytes, ImageFormat format, int maxSide) {
        ImageReader reader;
        try {
            reader = ImageCodecs.reader(format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw new ImageRejected(Reason.NOT_THAT_IMAGE, "The image has no pixels");
            }
            if (width * height > MAX_PIXELS) {
                throw new ImageRejected(Reason.TOO_MANY_PIXELS, "The image has more than "
                        + MAX_PIXELS / 1_000_000 + " million pixels");
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = (int) Math.max(1, Math.max(width, height) / maxSide);
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            return reader.read(0, param);
        } catch (ImageRejected rejected) {
            throw rejected;
        } catch (IOException | RuntimeException broken) {
            // a truncated or forged file fails somewhere in the decoder: the client sent no such image
            throw new ImageRejected(Reason.NOT_THAT_IMAGE, "The body is not a " + format + " image that can be read");
        } finally {
            reader.dispose();
        }
    }

    /** Opaque RGB, transparent parts on white (JPEG has no alpha channel). */
    static BufferedImage rgb(BufferedImage source) {
        if (source.getType() == BufferedImage.TYPE_INT_RGB) {
            return source;
        }
        BufferedImage rgb = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    /** At most {@code maxSide} on the long side, halving step by step so that downscaling stays smooth. */
    static BufferedImage scaled(BufferedImage image, int maxSide) {
        BufferedImage current = image;
        int[] target = ImageSizes.fit(image.getWidth(), image.getHeight(), maxSide);
        while (current.getWidth() != target[0] || current.getHeight() != target[1]) {
            int w = Math.max(target[0], current.getWidth() / 2);
            int h = Math.max(target[1], current.getHeight() / 2);
            BufferedImage next = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = next.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(current, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            current = next;
        }
        return current;
    }

    static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageCodecs.jpegWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
