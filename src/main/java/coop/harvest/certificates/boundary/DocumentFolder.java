package coop.harvest.certificates.boundary;

import coop.harvest.certificates.control.DocumentStore;
import coop.harvest.platform.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;

/** The scans' folder: {@code HARVEST_DATA_DIR/certificates}, beside the media folder, outside the web root. */
@ApplicationScoped
public class DocumentFolder {

    private final DocumentStore store = new DocumentStore(
            Path.of(Settings.get("HARVEST_DATA_DIR", "./data")).resolve("certificates"));

    public DocumentStore store() {
        return store;
    }
}
