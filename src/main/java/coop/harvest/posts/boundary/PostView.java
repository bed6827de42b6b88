package coop.harvest.posts.boundary;

import coop.harvest.posts.entity.PostKind;
import java.time.Instant;

/** A post as everyone reads it; {@code html} is the Markdown rendered safely. */
public record PostView(long id, PostKind kind, String title, String body, String html, String lang, String author,
                       Instant publishedAt, Instant updatedAt, long version) {
}
