package coop.harvest.posts.boundary;

import coop.harvest.platform.Page;
import coop.harvest.platform.PageRequest;
import coop.harvest.posts.entity.PostKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** {@code /news.xhtml?kind=&page=}: the bureau's posts in every language, newest first, ten to a page. */
@Named
@RequestScoped
public class NewsPage {

    static final int SIZE = 10;

    @jakarta.inject.Inject
    Posts posts;

    private String kind;
    private String page;
    private String lang;
    private Page<PostView> items;

    public Page<PostView> getPosts() {
        if (items == null) {
            items = posts.list(kindValue(), langValue(), PageRequest.of(pageNumber(), SIZE));
        }
        return items;
    }

    public PostKind kindValue() {
        try {
            return kind == null || kind.isBlank() ? null : PostKind.valueOf(kind.strip().toUpperCase());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    public String langValue() {
        return "zh".equals(lang) || "en".equals(lang) ? lang : null;
    }

    public int pageNumber() {
        try {
            return page == null ? 0 : Math.max(0, Math.min(10_000, Integer.parseInt(page.strip())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public boolean hasNext() {
        return (long) (pageNumber() + 1) * SIZE < getPosts().total();
    }

    /** The address of another page of the same list. */
    public String link(int otherPage) {
        return filterLink(kindValue() == null ? null : kindValue().name(), langValue()) + "page=" + otherPage;
    }

    /** The address of the list with other filters (a null kind or language: all), ready for more parameters. */
    public String filterLink(String otherKind, String otherLang) {
        return "/news.xhtml?" + (otherKind == null ? "" : "kind=" + otherKind + "&")
                + (otherLang == null ? "" : "lang=" + otherLang + "&");
    }

    public List<PostKind> getKinds() { return List.of(PostKind.values()); }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getPage() { return page; }
    public String getLang() { return lang; }
    public void setLang(String lang) { this.lang = lang; }
    public void setPage(String page) { this.page = page; }
}
