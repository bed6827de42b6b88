package coop.harvest.media.control;

import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ServiceRegistry;

/**
 * The readers and writer used, chosen explicitly: TwelveMonkeys' JPEG reader (CMYK, YCCK and odd progressive JPEGs
 * from phones), the JDK's PNG reader and JPEG writer. TwelveMonkeys is registered in a private registry, not in the
 * JVM-wide one, so nothing of this web application stays behind in ImageIO after it is undeployed.
 */
final class ImageCodecs {

    private static final ImageReaderSpi JPEG_READER = twelveMonkeysJpeg();

    private ImageCodecs() {
    }

    static ImageReader reader(ImageFormat format) throws IOException {
        if (format == ImageFormat.JPEG) {
            return JPEG_READER.createReaderInstance();
        }
        return first(ImageIO.getImageReadersByFormatName("png"));
    }

    static ImageWriter jpegWriter() {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        while (writers.hasNext()) {
            ImageWriter writer = writers.next();
            if (writer.getClass().getName().startsWith("com.sun.")) {
                return writer;
            }
            writer.dispose();
        }
        return first(ImageIO.getImageWritersByFormatName("jpeg"));
    }

    private static ImageReaderSpi twelveMonkeysJpeg() {
        ServiceRegistry registry = new ServiceRegistry(List.<Class<?>>of(ImageReaderSpi.class).iterator());
        // the JDK's JPEG reader first: TwelveMonkeys finds it there on registration and delegates parts to it
        IIORegistry.getDefaultInstance().getServiceProviders(ImageReaderSpi.class, true).forEachRemaining(spi -> {
            if (spi.getClass().getName().startsWith("com.sun.imageio.plugins.jpeg")) {
                registry.registerServiceProvider(spi, ImageReaderSpi.class);
            }
        });
        JPEGImageReaderSpi spi = new JPEGImageReaderSpi();
        registry.registerServiceProvider(spi, ImageReaderSpi.class);
        return spi;
    }

    private static <T> T first(Iterator<T> found) {
        if (!found.hasNext()) {
            throw new IllegalStateException("no image codec for this format in this JVM");
        }
        return found.next();
    }
}
