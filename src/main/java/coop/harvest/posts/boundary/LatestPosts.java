package coop.harvest.posts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The newest posts for the home page. */
@Named
@RequestScoped
public class LatestPosts {

    static final int COUNT = 4;

    @Inject
    Posts posts;

    private List<PostView> items;

    public List<PostView> getItems() {
        if (items == null) {
            items = posts.latest(COUNT);
        }
        return items;
    }
}
