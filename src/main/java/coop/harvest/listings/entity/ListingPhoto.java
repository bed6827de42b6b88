package coop.harvest.listings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** Photo number n (1–6) of a listing: the id of the image the media component stores. */
@Entity
@Table(name = "LISTING_PHOTO")
@IdClass(ListingPhoto.Key.class)
public class ListingPhoto {

    @Id
    @Column(name = "LISTING_ID")
    private long listingId;

    @Id
    @Column(name = "N")
    private int n;

    @Column(name = "IMAGE_ID", nullable = false)
    private long imageId;

    @Column(name = "ETAG", nullable = false, length = 64)
    private String etag;

    protected ListingPhoto() {
    }

    public ListingPhoto(long listingId, int n, long imageId, String etag) {
        this.listingId = listingId;
        this.n = n;
        replace(imageId, etag);
    }

    public final void replace(long imageId, String etag) {
        this.imageId = imageId;
        this.etag = etag.replace("\"", "");
    }

    public long getListingId() { return listingId; }
    public int getN() { return n; }
    public long getImageId() { return imageId; }
    public String getEtag() { return etag; }

    /** The composite key (listing, n). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public long listingId;
        public int n;

        public Key() {
        }

        public Key(long listingId, int n) {
            this.listingId = listingId;
            this.n = n;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.listingId == listingId && k.n == n;
        }

        @Override
        public int hashCode() {
            return Objects.hash(listingId, n);
        }
    }
}
