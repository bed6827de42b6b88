package coop.harvest.media.boundary;

import coop.harvest.media.control.ImageStore;
import coop.harvest.platform.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;

/** The image files' folder: {@code HARVEST_DATA_DIR/media}, outside the web application and its web root. */
@ApplicationScoped
public class MediaFolder {

    private final ImageStore store = new ImageStore(
            Path.of(Settings.get("HARVEST_DATA_DIR", "./data")).resolve("media"));

    public ImageStore store() {
        return store;
    }
}
