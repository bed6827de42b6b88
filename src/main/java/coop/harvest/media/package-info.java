/**
 * Images uploaded by users (question photos; later listing photos and certificate scans): checked to be the JPEG or
 * PNG they claim to be, re-encoded without their metadata, scaled, stored under {@code HARVEST_DATA_DIR/media} and
 * served with an ETag. Other components keep only the id of a stored image.
 */
package coop.harvest.media;
