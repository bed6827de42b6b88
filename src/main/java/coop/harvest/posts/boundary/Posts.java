package coop.harvest.posts.boundary;

import coop.harvest.accounts.boundary.Caller;
import coop.harvest.accounts.boundary.CurrentUser;
import coop.harvest.audit.boundary.AuditLog;
import coop.harvest.platform.Dates;
import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import coop.harvest.platform.ProblemException;
import coop.harvest.platform.PublicCache;
import coop.harvest.posts.control.MarkdownRenderer;
import coop.harvest.posts.entity.Post;
import coop.harvest.posts.entity.PostKind;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/** The bureau's posts: staff write, edit and delete them (audited); everyone reads them, newest first. */
@Stateless
@PermitAll
public class Posts {

    @PersistenceContext
    EntityManager em;

    @Inject
    PublicCache cache;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Event<PostPublished> published;

    @RolesAllowed("STAFF")
    public PostView create(@Valid @NotNull(message = "a JSON body is required") NewPost request) {
        Caller caller = currentUser.require();
        return createAs(caller.displayName(), caller.accountId(), caller.username(), request, Dates.now());
    }

    /** Creates a post for a named author at a given time: for start-up code (demo data) only, never over HTTP. */
    public PostView createAs(String author, Long authorId, String actor, @Valid @NotNull NewPost request,
                             Instant at) {
        Post post = new Post(request.kind, request.title.strip(), request.body.strip(), request.lang, author,
                authorId, at);
        em.persist(post);
        em.flush();
        audit.record(actor, "POST_CREATED", "POST", post.getId(), post.getTitle());
        published.fire(new PostPublished(post.getId(), post.getKind().name(), post.getTitle(), post.getLang()));
        return view(post);
    }

    /** Replaces a post's fields; 412 when {@code expectedVersion} is given and stale. */
    @RolesAllowed("STAFF")
    public PostView update(long id, Long expectedVersion,
                           @Valid @NotNull(message = "a JSON body is required") NewPost request) {
        String actor = currentUser.require().username();
        Post post = find(id);
        em.lock(post, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(post);
        if (expectedVersion != null && expectedVersion != post.getVersion()) {
            throw ProblemException.preconditionFailed("The post has changed since version " + expectedVersion
                    + "; it is now version " + post.getVersion());
        }
        post.edit(request.kind, request.title.strip(), request.body.strip(), request.lang, Dates.now());
        audit.record(actor, "POST_EDITED", "POST", id, post.getTitle());
        em.flush();
        return view(post);
    }

    @RolesAllowed("STAFF")
    public void delete(long id) {
        String actor = currentUser.require().username();
        Post post = find(id);
        audit.record(actor, "POST_DELETED", "POST", id, post.getTitle());
        em.remove(post);
        em.flush();
    }

    public PostView get(long id) {
        return view(find(id));
    }

    /** Posts newest first, optionally of one kind and one language. */
    public Page<PostView> list(PostKind kind, String lang, PageRequest page) {
        if (lang != null && !List.of("zh", "en").contains(lang)) {
            throw ProblemException.invalid("lang", "must be zh or en");
        }
        String where = kind == null && lang == null ? "" : " WHERE " + (kind == null ? "" : "p.kind = :kind")
                + (kind != null && lang != null ? " AND " : "") + (lang == null ? "" : "p.lang = :lang");
        TypedQuery<Post> select = em.createQuery("SELECT p FROM Post p" + where
                + " ORDER BY p.publishedAt DESC, p.id DESC", Post.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM Post p" + where, Long.class);
        for (TypedQuery<?> query : List.of(select, count)) {
            if (kind != null) {
                query.setParameter("kind", kind);
            }
            if (lang != null) {
                query.setParameter("lang", lang);
            }
        }
        List<PostView> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                .stream().map(Posts::view).toList();
        return page.page(items, count.getSingleResult());
    }

    /** The newest posts for the home page and the feed. */
    public List<PostView> latest(int count) {
        // on every home page view: shared (the Markdown rendered once) until a post changes
        return cache.get(List.of("posts.latest", count), () -> em.createQuery(
                        "SELECT p FROM Post p ORDER BY p.publishedAt DESC, p.id DESC", Post.class)
                .setMaxResults(count).getResultList().stream().map(Posts::view).toList());
    }

    private Post find(long id) {
        Post post = em.find(Post.class, id);
        if (post == null) {
            throw ProblemException.notFound("Post " + id);
        }
        return post;
    }

    static PostView view(Post p) {
        return new PostView(p.getId(), p.getKind(), p.getTitle(), p.getBody(), MarkdownRenderer.render(p.getBody()),
                p.getLang(), p.getAuthor(), p.getPublishedAt(), p.getUpdatedAt(), p.getVersion());
    }
}
