package coop.harvest.listings.boundary;

import coop.harvest.media.boundary.ImageUploads;
import coop.harvest.platform.ProblemException;
import coop.harvest.web.PageSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * {@code /coop/photos.xhtml?listing=}: the cooperative's photos of one of its listings. Several files at once (a
 * phone offers its camera for {@code accept="image/*"}), each checked here for what a person can act on (too big,
 * not a photo, one too many) before the listings facade decodes and stores it in a free place 1–6.
 */
@Named
@ViewScoped
public class CoopPhotosPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "upload";

    @Inject
    transient ListingPhotos photos;

    @Inject
    transient ListingReads reads;

    private String listing;
    private long listingId;
    private ListingView view;
    private transient Collection<Part> files;

    public void load() {
        try {
            listingId = Long.parseLong(listing == null ? "" : listing.strip());
            photos.checkOwner(listingId, 1);
            refresh();
        } catch (NumberFormatException | ProblemException notMine) {
            PageSupport.notFound();
        }
    }

    private void refresh() {
        view = reads.get(listingId);
    }

    /** Stores the chosen files in the free places, in the order chosen; says which file was refused and why. */
    public String upload() {
        List<Part> chosen = files == null ? List.of() : files.stream()
                .filter(p -> p.getSize() > 0 || p.getSubmittedFileName() != null && !p.getSubmittedFileName().isBlank())
                .toList();
        if (chosen.isEmpty()) {
            PageSupport.fieldError(FORM, "files", PageSupport.text("photos.error.none"));
            return null;
        }
        Set<Integer> taken = view.photos().stream().map(ListingPhotoView::n).collect(Collectors.toSet());
        List<Integer> free = IntStream.rangeClosed(1, ListingPhotos.MAX_PHOTOS).filter(n -> !taken.contains(n))
                .boxed().collect(Collectors.toCollection(ArrayList::new));
        if (chosen.size() > free.size()) {
            PageSupport.fieldError(FORM, "files", PageSupport.text("photos.error.tooMany", ListingPhotos.MAX_PHOTOS,
                    free.size()));
            return null;
        }
        int saved = 0;
        for (Part part : chosen) {
            String name = part.getSubmittedFileName() == null ? "" : part.getSubmittedFileName();
            String refusal = store(part, free.get(0));
            if (refusal == null) {
                free.remove(0);
                saved++;
            } else {
                PageSupport.fieldError(FORM, "files", PageSupport.text(refusal, name));
            }
        }
        refresh();
        if (saved > 0) {
            PageSupport.info("photos.saved", saved);
        }
        return null;
    }

    /** Stores one file as photo n; null when stored, else the key of the refusal's text. */
    private String store(Part part, int n) {
        if (part.getSize() > ListingPhotos.MAX_PHOTO_BYTES) {
            return "photos.error.tooBig";
        }
        String type = part.getContentType();
        if (!ImageUploads.accepted(type)) {
            return "photos.error.notImage";
        }
        try (InputStream in = part.getInputStream()) {
            photos.put(listingId, n, photos.prepare(in.readAllBytes(), type));
            return null;
        } catch (IOException unreadable) {
            return "photos.error.notImage";
        } catch (ProblemException refused) {
            return switch (refused.status()) {
                case 413 -> "photos.error.tooBig";
                case 503 -> "photos.error.busy";
                default -> "photos.error.notImage";
            };
        }
    }

    public void delete(int n) {
        if (PageSupport.attempt(FORM, "photos", () -> {
            photos.delete(listingId, n);
            return Boolean.TRUE;
        }) != null) {
            PageSupport.info("photos.deleted");
        }
        refresh();
    }

    public void makeCover(int n) {
        if (PageSupport.attempt(FORM, "photos", () -> {
            photos.makeCover(listingId, n);
            return Boolean.TRUE;
        }) != null) {
            PageSupport.info("photos.covered");
        }
        refresh();
    }

    public boolean isFull() { return view != null && view.photos().size() >= ListingPhotos.MAX_PHOTOS; }
    public int getMaxPhotos() { return ListingPhotos.MAX_PHOTOS; }
    public int getMaxMegabytes() { return (int) (ListingPhotos.MAX_PHOTO_BYTES / (1024 * 1024)); }
    public ListingView getView() { return view; }
    public String getListing() { return listing; }
    public void setListing(String listing) { this.listing = listing; }
    public Collection<Part> getFiles() { return files; }
    public void setFiles(Collection<Part> files) { this.files = files; }
}
