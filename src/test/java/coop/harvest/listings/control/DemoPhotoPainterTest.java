package coop.harvest.listings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.media.control.ImageProcessor;
import coop.harvest.media.control.ProcessedImage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DemoPhotoPainterTest {

    @Test
    void paintsAJpegThatTheUploadChecksAccept() {
        for (String product : new String[] {"kiwi", "grape", "rice", "navel-orange", "tea", "honeysuckle", "other"}) {
            byte[] jpeg = DemoPhotoPainter.paint(product, 1);
            assertTrue(jpeg.length > 1000 && jpeg.length < 2 * 1024 * 1024, product + ": " + jpeg.length);
            ProcessedImage processed = ImageProcessor.process(jpeg, "image/jpeg", 8L * 1024 * 1024);
            assertEquals(DemoPhotoPainter.WIDTH, processed.width());
        }
    }

    @Test
    void eachSeedPaintsItsOwnPicture() {
        assertFalse(Arrays.equals(DemoPhotoPainter.paint("kiwi", 1), DemoPhotoPainter.paint("kiwi", 2)));
    }
}
