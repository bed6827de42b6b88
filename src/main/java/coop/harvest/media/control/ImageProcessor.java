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
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
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
     * Heap a picture being processed needs per pixel decoded: the decoded raster (up to 4 bytes), its copy into
     * opaque RGB (4) when it is not plain RGB already (transparency, grey, a palette), and the scaled copies and
     * encoder's buffers (about 2 more). A JPEG's three-byte picture is scaled and encoded as it is, without the
     * copy, so for JPEGs this errs high, on the safe side; the benchmark's recorded photo uploads were measured with
     * it as it stands.
     */
    static final long BYTES_PER_PIXEL = 10;

    private static final long MB = 1024 * 1024;

    /**
     * The heap that pictures being processed may take together, in MB: an eighth of the heap. Each upload takes its
     * share before its pixels are decoded (read from the header) and gives it back when its JPEGs are written; one
     * that does not fit waits its turn, in arrival order, instead of running the server out of memory. Sixteen
     * 10-megapixel pictures at once did that in a 512 MB heap, and were answered 500. A picture larger than the
     * whole budget is processed alone. An upload refused for its type, size or first bytes never waits, and none
     * waits longer than {@link #LONGEST_WAIT}: past it the upload is refused as {@code BUSY}, to be sent again
     * later, rather than holding its request (and the phone that sends it) for as long as the queue ahead takes.
     * <p>
     * Why an eighth: a picture's arrays are megabytes each, and those alive at a young collection are moved to the
     * old generation. In the benchmark's loaded server (320 MB heap, 100,000 listings) a quarter (four ordinary
     * photos at once) forced a full collection every half second while photos were uploaded (100 took 13.8 s with
     * 26 full collections); an eighth (two at once) took 6.5 and 7.4 s with 3 in two recorded runs.
     */
    private static final int BUDGET_MB = budgetMb(Runtime.getRuntime().maxMemory());

    static final Semaphore HEAP = new Semaphore(BUDGET_MB, true);

    /**
     * The longest an upload waits for its share of the budget: some 40 ordinary photos processed ahead of it on this
     * 2-core machine, and well within the minute a load balancer gives a request (HAProxy's {@code timeout server}
     * in {@code src/deploy/haproxy.cfg}).
     */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(20);

    private ImageProcessor() {
    }

    /** The checked, scaled and re-encoded image; {@link ImageRejected} says why not. */
    public static ProcessedImage process(byte[] bytes, String contentType, long maxBytes) {
        return process(bytes, contentType, maxBytes, LONGEST_WAIT);
    }

    /** As {@link #process(byte[], String, long)}, waiting at most {@code longestWait} for the heap budget. */
    static ProcessedImage process(byte[] bytes, String contentType, long maxBytes, Duration longestWait) {
        ImageFormat format = ImageFormat.ofMediaType(contentType).orElseThrow(() -> new ImageRejected(
                Reason.UNSUPPORTED_TYPE, "Send the photo as image/jpeg or image/png"));
        if (bytes.length > maxBytes) {
            throw new ImageRejected(Reason.TOO_LARGE, "The image is larger than " + (maxBytes / (1024 * 1024))
                    + " MiB");
        }
        if (!format.matches(bytes)) {
            throw new ImageRejected(Reason.NOT_THAT_IMAGE, "The body is not a " + format + " image");
        }
        return decoded(bytes, format, MAX_SIDE, longestWait, picture -> {
            BufferedImage full = scaled(rgb(picture), MAX_SIDE);
            BufferedImage thumb = scaled(full, THUMB_SIDE);
            return new ProcessedImage(jpeg(full), full.getWidth(), full.getHeight(),
                    jpeg(thumb), thumb.getWidth(), thumb.getHeight());
        });
    }

    /**
     * The heap pictures being processed may take together, in MB, in a heap of {@code maxHeapBytes} (which
     * {@link Runtime#maxMemory} gives as {@code Long.MAX_VALUE} when it has no limit).
     */
    static int budgetMb(long maxHeapBytes) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, maxHeapBytes / 8 / MB));
    }

    /**
     * The share of the budget a picture of {@code width} by {@code height} takes when decoded every {@code step}-th
     * pixel: at least 1 MB, at most the whole budget.
     */
    static int costMb(long width, long height, int step, int budgetMb) {
        long pixels = ceilDiv(width, step) * ceilDiv(height, step);
        return (int) Math.max(1, Math.min(budgetMb, ceilDiv(pixels * BYTES_PER_PIXEL, MB)));
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    /**
     * The picture's pixels, decoded at most about twice {@code maxSide} on the long side: a picture larger than that
     * is read taking every n-th pixel of every n-th row (n = long side / maxSide, rounded down), so a 40-megapixel
     * photo never exists whole in memory (120 MB decoded, 160 MB as RGB: four of those at once exhausted a 512 MB
     * heap and were answered 500). What is kept is at most {@code maxSide} anyway; the smooth
     * downscaling after takes the rest.
     */
    static BufferedImage decode(byte[] bytes, ImageFormat format, int maxSide) {
        return decoded(bytes, format, maxSide, LONGEST_WAIT, picture -> picture);
    }

    /**
     * Decodes the picture as {@link #decode} says and hands it to {@code use}, holding the picture's share of the
     * heap budget (from its header, before any pixel is decoded) until {@code use} returns.
     */
    private static <T> T decoded(byte[] bytes, ImageFormat format, int maxSide, Duration longestWait,
                                 Function<BufferedImage, T> use) {
        ImageReader reader;
        try {
            reader = ImageCodecs.reader(format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            long width;
            long height;
            try {
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } catch (IOException | RuntimeException broken) {
                throw unreadable(format);
            }
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
            int cost = costMb(width, height, step, BUDGET_MB);
            if (!takeBudget(cost, longestWait)) {
                throw new ImageRejected(Reason.BUSY, "The server is processing many photos at this moment; "
                        + "nothing was stored, please send this one again in a minute");
            }
            try {
                BufferedImage picture;
                try {
                    picture = reader.read(0, param);
                } catch (IOException | RuntimeException broken) {
                    throw unreadable(format);
                }
                return use.apply(picture);
            } finally {
                HEAP.release(cost);
            }
        } catch (IOException closing) {
            throw new UncheckedIOException(closing);
        } finally {
            reader.dispose();
        }
    }

    /** Takes {@code mb} of the budget, waiting at most {@code longestWait}; false when it did not come in time. */
    private static boolean takeBudget(int mb, Duration longestWait) {
        try {
            return HEAP.tryAcquire(mb, longestWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A truncated or forged file fails somewhere in the decoder: the client sent no such image. */
    private static ImageRejected unreadable(ImageFormat format) {
        return new ImageRejected(Reason.NOT_THAT_IMAGE, "The body is not a " + format + " image that can be read");
    }

    /**
     * Opaque RGB, transparent parts on white (JPEG has no alpha channel). A picture already opaque RGB, as the JPEG
     * decoder gives a photo (three bytes a pixel), is used as it is: a copy would double its heap.
     */
    static BufferedImage rgb(BufferedImage source) {
        if (source.getType() == BufferedImage.TYPE_INT_RGB || source.getType() == BufferedImage.TYPE_3BYTE_BGR) {
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
