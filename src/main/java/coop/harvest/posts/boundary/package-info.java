/** Posts over HTTP, in pages and as a feed: staff write, everyone reads. */
package coop.harvest.posts.boundary;
