package coop.harvest.media.boundary;

/** Which file of a stored image: the display size (long side ≤ 1600 px) or the thumbnail (≤ 320 px). */
public enum ImageVariant {
    FULL, THUMB
}
