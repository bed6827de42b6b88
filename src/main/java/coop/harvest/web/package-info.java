/**
 * The Faces side shared by every page: the visitor's language and theme, the signed-in header, sign-in and
 * sign-out. Each component's own pages have their backing beans in that component's boundary package.
 */
package coop.harvest.web;
