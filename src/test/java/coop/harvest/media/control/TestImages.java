package coop.harvest.media.control;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Images made in the test: a green field with a red sun, written by the JDK's own writers. */
public final class TestImages {

    private TestImages() {
    }

    public static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 180, 60));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(220, 40, 30));
        g.fillOval(width * 2 / 3, height / 10, Math.max(1, width / 5), Math.max(1, width / 5));
        g.dispose();
        return image;
    }

    public static byte[] png(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture(width, height), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] jpeg(int width, int height, boolean progressive) {
        return write(new IIOImage(picture(width, height), null, null), progressive);
    }

    /** A four-channel (CMYK) JPEG as print software and some phones write: the JDK's reader refuses these. */
    public static byte[] cmykJpeg(int width, int height) {
        WritableRaster raster = Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, width, height, 4, null);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, new int[]{200, 40, 220, 20});
            }
        }
        return write(new IIOImage(raster, null, null), false);
    }

    /** The JPEG with an EXIF block (APP1) right after SOI whose GPS directory holds a latitude. */
    public static byte[] withExifGps(byte[] jpeg) {
        ByteBuffer tiff = ByteBuffer.allocate(64);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0);
        tiff.putShort((short) 1).putShort((short) 0x0001).putShort((short) 2).putInt(2)
                .put(new byte[]{'N', 0, 0, 0}).putInt(0);
        byte[] tiffBytes = java.util.Arrays.copyOf(tiff.array(), tiff.position());
        byte[] exifHeader = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + exifHeader.length + tiffBytes.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(exifHeader);
        out.writeBytes(tiffBytes);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** The PNG with its header changed to claim another size (a decompression bomb's header). */
    public static byte[] pngClaiming(byte[] png, int width, int height) {
        byte[] forged = png.clone();
        ByteBuffer buffer = ByteBuffer.wrap(forged);
        buffer.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(forged, 12, 17);
        buffer.putInt(29, (int) crc.getValue());
        return forged;
    }

    private static byte[] write(IIOImage image, boolean progressive) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (progressive) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            writer.write(null, image, param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
