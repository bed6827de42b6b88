package coop.harvest.media.boundary;

import coop.harvest.media.control.ProcessedImage;

/**
 * An upload already checked and re-encoded by {@link Images#prepare}, outside any transaction, ready to be stored by
 * {@link Images#store(PreparedImage)} inside the caller's. Only this component makes one.
 */
public final class PreparedImage {

    final ProcessedImage processed;

    PreparedImage(ProcessedImage processed) {
        this.processed = processed;
    }
}
