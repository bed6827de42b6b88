package coop.harvest.media.control;

/** The size an image is scaled to: aspect ratio kept, long side at most the limit, never enlarged. */
public final class ImageSizes {

    private ImageSizes() {
    }

    public static int[] fit(int width, int height, int maxSide) {
        int longSide = Math.max(width, height);
        if (longSide <= maxSide) {
            return new int[]{width, height};
        }
        double factor = (double) maxSide / longSide;
        return new int[]{Math.max(1, (int) Math.round(width * factor)), Math.max(1, (int) Math.round(height * factor))};
    }
}
