/** Rendering posts without a container: safe Markdown and the Atom feed document. */
package coop.harvest.posts.control;
