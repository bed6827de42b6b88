package coop.harvest.posts.boundary;

import coop.harvest.platform.ProblemException;
import coop.harvest.web.PageSupport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /post.xhtml?id=}: one post, or 404. Its HTML is the safe rendering of its Markdown. */
@Named
@RequestScoped
public class PostPage {

    @Inject
    Posts posts;

    private String id;
    private PostView post;

    public void load() {
        try {
            post = posts.get(Long.parseLong(id == null ? "" : id.strip()));
        } catch (NumberFormatException | ProblemException missing) {
            PageSupport.notFound();
        }
    }

    public PostView getPost() { return post; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
