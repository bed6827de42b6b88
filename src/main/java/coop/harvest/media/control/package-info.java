/** Image checks, decoding, scaling and re-encoding, and the content-addressed file store: plain Java, no container. */
package coop.harvest.media.control;
