package coop.harvest.listings.control;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Paints the demo listings' photos: a crate of the product's fruit, leaves or grains, drawn with Java2D from a seed so
 * that each demo listing has its own pictures and a first run shows a gallery (no bundled or copied images).
 */
public final class DemoPhotoPainter {

    public static final int WIDTH = 960;
    public static final int HEIGHT = 720;

    private DemoPhotoPainter() {
    }

    /** A JPEG of the product, varied by {@code seed}. */
    public static byte[] paint(String product, long seed) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Random random = new Random(seed * 31 + product.hashCode());
            Palette palette = Palette.of(product);
            g.setPaint(new GradientPaint(0, 0, palette.sky, 0, HEIGHT, palette.ground));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(0x8d6e63));
            g.fillRoundRect(60, HEIGHT / 2, WIDTH - 120, HEIGHT / 2 - 40, 30, 30);
            g.setColor(new Color(0x6d4c41));
            for (int y = HEIGHT / 2 + 60; y < HEIGHT - 40; y += 80) {
                g.fillRect(60, y, WIDTH - 120, 10);
            }
            for (int i = 0; i < 90; i++) {
                int r = palette.size / 2 + random.nextInt(palette.size / 2 + 1);
                int x = 80 + random.nextInt(WIDTH - 160);
                int y = HEIGHT / 4 + random.nextInt(HEIGHT / 2);
                g.setColor(shade(palette.fruit, random));
                if (palette.elongated) {
                    g.fillOval(x - r, y - r / 3, 2 * r, 2 * r / 3);
                } else {
                    g.fillOval(x - r, y - r, 2 * r, 2 * r);
                }
                g.setColor(new Color(255, 255, 255, 70));
                g.fillOval(x - r / 2, y - r / 2, r / 2, r / 3);
            }
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Color shade(Color base, Random random) {
        float factor = 0.8f + random.nextFloat() * 0.4f;
        return new Color(Math.min(255, (int) (base.getRed() * factor)), Math.min(255, (int) (base.getGreen() * factor)),
                Math.min(255, (int) (base.getBlue() * factor)));
    }

    private record Palette(Color sky, Color ground, Color fruit, int size, boolean elongated) {

        static Palette of(String product) {
            return switch (product) {
                case "kiwi" -> new Palette(new Color(0xdcedc8), new Color(0x9ccc65), new Color(0x8a6a3f), 46, false);
                case "grape" -> new Palette(new Color(0xede7f6), new Color(0xb39ddb), new Color(0x6a1b9a), 26, false);
                case "navel-orange" -> new Palette(new Color(0xfff3e0), new Color(0xffcc80), new Color(0xf57c00), 52,
                        false);
                case "rice" -> new Palette(new Color(0xfffde7), new Color(0xe6d9a8), new Color(0xf5f0dc), 12, true);
                case "tea" -> new Palette(new Color(0xe8f5e9), new Color(0x81c784), new Color(0x2e7d32), 22, true);
                case "honeysuckle" -> new Palette(new Color(0xfffde7), new Color(0xc5e1a5), new Color(0xfff59d), 18,
                        true);
                default -> new Palette(new Color(0xf1f8e9), new Color(0xaed581), new Color(0x8bc34a), 36, false);
            };
        }
    }
}
