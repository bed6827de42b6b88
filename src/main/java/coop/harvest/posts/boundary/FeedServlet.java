package coop.harvest.posts.boundary;

import coop.harvest.posts.control.AtomFeed;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The Atom feed of the latest 50 posts at {@code /feed.atom}, for feed readers. */
@WebServlet(urlPatterns = "/feed.atom")
public class FeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int SIZE = 50;

    @Inject
    transient Posts posts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String site = request.getScheme() + "://" + request.getServerName()
                + (isDefaultPort(request) ? "" : ":" + request.getServerPort()) + request.getContextPath();
        List<AtomFeed.Entry> entries = posts.latest(SIZE).stream().map(p -> new AtomFeed.Entry(p.id(), p.title(),
                p.kind().name(), p.lang(), p.author(), p.publishedAt(), p.updatedAt(), p.html(),
                site + "/post.xhtml?id=" + p.id())).toList();
        StringWriter xml = new StringWriter();
        AtomFeed.write(new AtomFeed.Feed("怀化市农业农村局 · Harvest Exchange",
                "信息发布 · News, policy, market bulletins and notices of the Huaihua agriculture bureau",
                site + "/news.xhtml", site + "/feed.atom", "怀化市农业农村局 Huaihua Agriculture Bureau"), entries, xml);
        byte[] body = xml.toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType(AtomFeed.CONTENT_TYPE + ";charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static boolean isDefaultPort(HttpServletRequest request) {
        return ("http".equals(request.getScheme()) && request.getServerPort() == 80)
                || ("https".equals(request.getScheme()) && request.getServerPort() == 443);
    }
}
