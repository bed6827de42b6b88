/**
 * What other components use: {@link coop.harvest.media.boundary.Images} stores and opens images,
 * {@link coop.harvest.media.boundary.ImageUploads} reads a raw upload body within a size limit, and
 * {@link coop.harvest.media.boundary.ImageResponses} serves a stored image with ETag and Cache-Control.
 */
package coop.harvest.media.boundary;
