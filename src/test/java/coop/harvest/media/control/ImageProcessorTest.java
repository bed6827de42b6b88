package coop.harvest.media.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.media.control.ImageRejected.Reason;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageProcessorTest {

    private static final long LIMIT = 5L * 1024 * 1024;

    @Test
    void picturesTakeTheirShareOfAnEighthOfTheHeapAndOneLargerThanAllOfItRunsAlone() {
        long mb = 1024L * 1024;
        assertEquals(40, ImageProcessor.budgetMb(320 * mb), "the README's small-machine heap");
        assertEquals(64, ImageProcessor.budgetMb(512 * mb));
        assertEquals(1, ImageProcessor.budgetMb(2 * mb), "always something");
        assertEquals(Integer.MAX_VALUE, ImageProcessor.budgetMb(Long.MAX_VALUE), "a heap without a limit");
        int phone = ImageProcessor.costMb(1600, 1200, 1, 40);
        assertEquals(19, phone, "1.92 million pixels at 10 bytes");
        assertTrue(2 * phone <= 40, "two such photos at once in a 320 MB heap, one per core of a small machine");
        assertTrue(3 * phone > 40, "not a third: their arrays would fill the old generation");
        assertEquals(64, ImageProcessor.costMb(3199, 3199, 1, 64), "the largest picture decoded whole, alone");
        assertEquals(98, ImageProcessor.costMb(3199, 3199, 1, 512), "its share where the budget is larger");
        assertEquals(16, ImageProcessor.costMb(8000, 5000, 5, 64), "40 megapixels read every fifth pixel");
        assertEquals(1, ImageProcessor.costMb(1, 1, 1, 40));
    }

    @Test
    void anUploadWhoseTurnDoesNotComeInTimeIsRefusedAsBusyAndTakesNothing() {
        int budget = ImageProcessor.HEAP.drainPermits(); // as if other photos were being processed meanwhile
        try {
            ImageRejected busy = assertThrows(ImageRejected.class, () -> ImageProcessor.process(
                    TestImages.png(200, 100), "image/png", LIMIT, Duration.ofMillis(50)));
            assertEquals(Reason.BUSY, busy.reason());
            assertEquals(0, ImageProcessor.HEAP.availablePermits(), "a refused upload gives back nothing it never had");
        } finally {
            ImageProcessor.HEAP.release(budget);
        }
        assertEquals(200, ImageProcessor.process(TestImages.png(200, 100), "image/png", LIMIT,
                Duration.ofMillis(50)).width(), "once the others are done, its turn comes");
        assertEquals(budget, ImageProcessor.HEAP.availablePermits());
    }

    @Test
    void aPngIsReencodedAsJpegAndScaledWithItsThumbnail() throws IOException {
        ProcessedImage result = ImageProcessor.process(TestImages.png(2000, 1000), "image/png", LIMIT);
        assertEquals(1600, result.width());
        assertEquals(800, result.height());
        assertEquals(320, result.thumbWidth());
        assertEquals(160, result.thumbHeight());
        assertTrue(ImageFormat.JPEG.matches(result.full()));
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(result.thumb()));
        assertEquals(320, back.getWidth());
    }

    @Test
    void aLargePictureIsReadAtAFractionOfItsSizeAndKeepsItsPicture() throws IOException {
        // 6,400 px wide: read taking every fourth pixel, so it never exists whole in memory
        ProcessedImage result = ImageProcessor.process(TestImages.png(6400, 3200), "image/png", LIMIT);
        assertEquals(1600, result.width());
        assertEquals(800, result.height());
        BufferedImage kept = ImageIO.read(new ByteArrayInputStream(result.full()));
        Color field = new Color(kept.getRGB(200, 600));
        Color sun = new Color(kept.getRGB(1226, 240));
        assertTrue(field.getGreen() > 150 && field.getRed() < 80, "the green field stays green: " + field);
        assertTrue(sun.getRed() > 180 && sun.getGreen() < 90, "the red disc stays where it was: " + sun);
    }

    @Test
    void aSmallJpegKeepsItsSizeAndItsColours() throws IOException {
        ProcessedImage result = ImageProcessor.process(TestImages.jpeg(400, 300, false), "image/jpeg; charset=x", LIMIT);
        assertEquals(400, result.width());
        assertEquals(300, result.height());
        BufferedImage kept = ImageIO.read(new ByteArrayInputStream(result.full()));
        Color centre = new Color(kept.getRGB(100, 150));
        assertTrue(centre.getGreen() > 150 && centre.getRed() < 80, "the green field stays green: " + centre);
        Color sun = new Color(kept.getRGB(306, 70));
        assertTrue(sun.getRed() > 180 && sun.getBlue() < 90, "red stays red, not blue: " + sun);
    }

    @Test
    void aPhotosDecodedPixelsAreEncodedWithoutACopy() {
        BufferedImage photo = ImageProcessor.decode(TestImages.jpeg(400, 300, false), ImageFormat.JPEG, 1600);
        assertEquals(BufferedImage.TYPE_3BYTE_BGR, photo.getType(), "three bytes a pixel, as the decoder gives it");
        assertSame(photo, ImageProcessor.rgb(photo), "already opaque RGB: no second copy on the heap");
        BufferedImage withAlpha = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
        assertEquals(BufferedImage.TYPE_INT_RGB, ImageProcessor.rgb(withAlpha).getType(), "alpha goes on white");
    }

    @Test
    void progressiveJpegsFromPhonesAreRead() {
        byte[] progressive = TestImages.jpeg(900, 1200, true);
        ProcessedImage result = ImageProcessor.process(progressive, "image/jpeg", LIMIT);
        assertEquals(240, result.thumbWidth());
        assertEquals(320, result.thumbHeight());
    }

    @Test
    void cmykJpegsAreRead() {
        ProcessedImage result = ImageProcessor.process(TestImages.cmykJpeg(200, 100), "image/jpeg", LIMIT);
        assertEquals(200, result.width());
        assertEquals(100, result.height());
        // a large one too, read at a fraction of its size by TwelveMonkeys' own CMYK path
        ProcessedImage large = ImageProcessor.process(TestImages.cmykJpeg(3400, 1700), "image/jpeg", LIMIT);
        assertEquals(1600, large.width());
        assertEquals(800, large.height());
    }

    @Test
    void exifAndItsGpsPositionAreDropped() {
        byte[] withGps = TestImages.withExifGps(TestImages.jpeg(640, 480, false));
        assertTrue(contains(withGps, "Exif".getBytes(StandardCharsets.US_ASCII)));
        ProcessedImage result = ImageProcessor.process(withGps, "image/jpeg", LIMIT);
        for (byte[] kept : new byte[][]{result.full(), result.thumb()}) {
            assertFalse(contains(kept, "Exif".getBytes(StandardCharsets.US_ASCII)), "no EXIF block");
            assertFalse(contains(kept, new byte[]{(byte) 0xFF, (byte) 0xE1}), "no APP1 segment");
        }
    }

    @Test
    void bytesThatAreNotTheImageTheTypeSaysAreRefused() {
        byte[] pdf = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertEquals(Reason.NOT_THAT_IMAGE, reason(pdf, "image/png"));
        assertEquals(Reason.NOT_THAT_IMAGE, reason(exe, "image/jpeg"));
        assertEquals(Reason.NOT_THAT_IMAGE, reason(TestImages.png(10, 10), "image/jpeg"), "a PNG sent as JPEG");
        byte[] jpeg = TestImages.jpeg(300, 300, false);
        byte[] truncated = java.util.Arrays.copyOf(jpeg, 40);
        assertEquals(Reason.NOT_THAT_IMAGE, reason(truncated, "image/jpeg"));
    }

    @Test
    void otherMediaTypesAndOversizedBodiesAreRefused() {
        assertEquals(Reason.UNSUPPORTED_TYPE, reason(TestImages.png(10, 10), "application/pdf"));
        assertEquals(Reason.UNSUPPORTED_TYPE, reason(TestImages.png(10, 10), "image/gif"));
        assertEquals(Reason.UNSUPPORTED_TYPE, reason(TestImages.png(10, 10), null));
        byte[] png = TestImages.png(50, 50);
        assertEquals(Reason.TOO_LARGE, assertThrows(ImageRejected.class,
                () -> ImageProcessor.process(png, "image/png", png.length - 1)).reason());
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader() {
        byte[] bomb = TestImages.pngClaiming(TestImages.png(8, 8), 50_000, 50_000);
        assertEquals(Reason.TOO_MANY_PIXELS, reason(bomb, "image/png"));
    }

    @Test
    void theStoreNamesFilesByContentAndStaysInsideItsFolder(@TempDir Path dir) throws IOException {
        ImageStore store = new ImageStore(dir);
        byte[] bytes = TestImages.jpeg(20, 20, false);
        String hash = store.put(bytes);
        assertEquals(hash, store.put(bytes));
        assertEquals(ContentHash.sha256(bytes), hash);
        assertArrayEquals(bytes, Files.readAllBytes(store.path(hash)));
        assertTrue(store.path(hash).startsWith(dir));
        assertThrows(IllegalArgumentException.class, () -> store.path("../../etc/passwd"));
    }

    @Test
    void sizesKeepTheAspectRatioAndNeverEnlarge() {
        assertArrayEquals(new int[]{1600, 1200}, ImageSizes.fit(4000, 3000, 1600));
        assertArrayEquals(new int[]{100, 50}, ImageSizes.fit(100, 50, 320));
        assertArrayEquals(new int[]{1, 320}, ImageSizes.fit(2, 5000, 320));
    }

    private static Reason reason(byte[] bytes, String type) {
        return assertThrows(ImageRejected.class, () -> ImageProcessor.process(bytes, type, LIMIT)).reason();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
