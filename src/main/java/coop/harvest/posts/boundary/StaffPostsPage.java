package coop.harvest.posts.boundary;

import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import coop.harvest.posts.control.MarkdownRenderer;
import coop.harvest.posts.entity.PostKind;
import coop.harvest.web.PageSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** {@code /staff/posts.xhtml}: staff write a post in Markdown with a preview, edit and delete posts. */
@Named
@ViewScoped
public class StaffPostsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Posts posts;

    private Long editing;
    private Long editingVersion;
    private PostKind kind = PostKind.NEWS;
    private String lang = "zh";
    private String title;
    private String body;
    private String preview;
    private transient Page<PostView> rows;

    public void preview() {
        preview = MarkdownRenderer.render(body);
    }

    public void save() {
        NewPost post = new NewPost();
        post.kind = kind;
        post.lang = lang;
        post.title = title;
        post.body = body;
        Long id = editing;
        Long version = editingVersion;
        PostView saved = PageSupport.attempt("post", "staff.posts",
                () -> id == null ? posts.create(post) : posts.update(id, version, post));
        if (saved != null) {
            PageSupport.info(id == null ? "staff.posts.created" : "staff.posts.saved", saved.title());
            clear();
        }
    }

    public void edit(long id) {
        PostView post = posts.get(id);
        editing = post.id();
        editingVersion = post.version();
        kind = post.kind();
        lang = post.lang();
        title = post.title();
        body = post.body();
        preview = null;
    }

    public void delete(long id) {
        if (PageSupport.attempt("post", "staff.posts", () -> {
            posts.delete(id);
            return Boolean.TRUE;
        }) != null) {
            PageSupport.info("staff.posts.deleted");
            if (Long.valueOf(id).equals(editing)) {
                clear();
            }
            rows = null;
        }
    }

    public void clear() {
        editing = null;
        editingVersion = null;
        title = null;
        body = null;
        preview = null;
        rows = null;
    }

    public Page<PostView> getRows() {
        if (rows == null) {
            rows = posts.list(null, null, PageRequest.of(0, 50));
        }
        return rows;
    }

    public List<PostKind> getKinds() { return List.of(PostKind.values()); }
    public Long getEditing() { return editing; }
    public PostKind getKind() { return kind; }
    public void setKind(PostKind kind) { this.kind = kind; }
    public String getLang() { return lang; }
    public void setLang(String lang) { this.lang = lang; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getPreview() { return preview; }
}
