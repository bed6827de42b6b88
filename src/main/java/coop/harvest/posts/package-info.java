/** The bureau's posts (信息发布): news, policy, market bulletins and notices, in Markdown, with an Atom feed. */
package coop.harvest.posts;
