package coop.harvest.listings.boundary;

/** Photo n of a listing as views show it: where to fetch it and its thumbnail. */
public record ListingPhotoView(int n, String url, String thumbUrl) {
}
