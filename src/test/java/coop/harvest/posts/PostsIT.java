package coop.harvest.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.harvest.it.ApiClient;
import coop.harvest.it.Fixtures;
import coop.harvest.it.HarvestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The bureau's posts over HTTP: every status code of the section, safe HTML, the pages and the Atom feed. */
class PostsIT {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private final ApiClient api = HarvestServer.shared().api();

    static JsonObject post(String title, String kind, String lang) {
        return Json.createObjectBuilder().add("kind", kind).add("lang", lang).add("title", title)
                .add("body", "**农信通** <script>alert('x')</script> [bad](javascript:alert(1)) "
                        + "[good](https://www.moa.gov.cn/) ![kiwi](data:image/png;base64,AAAA) <img src=x onerror=alert(1)>")
                .build();
    }

    @Test
    void staffPublishEditAndDeletePostsEveryoneReadsThem() {
        Fixtures.TestAccount staffAccount = Fixtures.staff(api);
        ApiClient staff = staffAccount.api();
        String title = "订单农业通知 " + Fixtures.unique("p");
        ApiClient.Response created = staff.post("/api/posts", post(title, "NOTICE", "zh"));
        assertEquals(201, created.status(), created::toString);
        JsonObject p = created.object();
        long id = p.getJsonNumber("id").longValue();
        assertTrue(created.header("Location").endsWith("/api/posts/" + id));
        for (String field : List.of("id", "kind", "title", "body", "html", "lang", "author", "publishedAt", "version")) {
            assertTrue(p.containsKey(field), field);
        }
        String html = p.getString("html");
        assertTrue(html.contains("<strong>农信通</strong>"), html);
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("bad"), html);
        assertTrue(html.contains("<a href=\"https://www.moa.gov.cn/\""), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("data:"), html);
        assertEquals(title, p.getString("title"));

        ApiClient.Response one = api.get("/api/posts/" + id);
        assertEquals(200, one.status(), one::toString);
        assertEquals(html, one.object().getString("html"));
        ApiClient.Response listed = api.get("/api/posts?kind=NOTICE&lang=zh&size=100");
        assertEquals(200, listed.status());
        assertTrue(listed.body().contains(title));
        assertFalse(api.get("/api/posts?kind=NOTICE&lang=en&size=100").body().contains(title));
        assertFalse(api.get("/api/posts?kind=NEWS&size=100").body().contains(title));

        long version = p.getJsonNumber("version").longValue();
        JsonObject edit = Json.createObjectBuilder(post(title + " 修订", "POLICY", "zh")).build();
        ApiClient.Response stale = staff.withHeader("If-Match", "\"" + (version + 7) + "\"").put("/api/posts/" + id, edit);
        assertTrue(stale.isProblem(412), stale::toString);
        ApiClient.Response edited = staff.withHeader("If-Match", "\"" + version + "\"").put("/api/posts/" + id, edit);
        assertEquals(200, edited.status(), edited::toString);
        assertEquals("POLICY", edited.object().getString("kind"));
        assertTrue(edited.object().getJsonNumber("version").longValue() > version);
        assertTrue(staff.put("/api/posts/99999999", edit).isProblem(404));
        assertTrue(staff.put("/api/posts/" + id, Json.createObjectBuilder(edit).add("lang", "fr").build()).isProblem(422));

        assertEquals(204, staff.delete("/api/posts/" + id).status());
        assertTrue(api.get("/api/posts/" + id).isProblem(404));
        assertTrue(staff.delete("/api/posts/" + id).isProblem(404));

        ApiClient.Response audit = staff.get("/api/moderation/audit?targetType=POST&targetId=" + id);
        assertEquals(200, audit.status(), audit::toString);
        for (String action : List.of("POST_CREATED", "POST_EDITED", "POST_DELETED")) {
            assertTrue(audit.body().contains(action), action + " in " + audit.body());
        }
    }

    @Test
    void onlyStaffWriteAndBadRequestsAreRefused() {
        ApiClient staff = Fixtures.staff(api).api();
        long id = staff.post("/api/posts", post("权限测试", "NEWS", "zh")).object().getJsonNumber("id").longValue();
        JsonObject body = post("x", "NEWS", "en");
        assertTrue(api.post("/api/posts", body).isProblem(401));
        assertTrue(api.put("/api/posts/" + id, body).isProblem(401));
        assertTrue(api.delete("/api/posts/" + id).isProblem(401));
        ApiClient buyer = Fixtures.buyer(api).api();
        assertTrue(buyer.post("/api/posts", body).isProblem(403));
        assertTrue(buyer.put("/api/posts/" + id, body).isProblem(403));
        assertTrue(buyer.delete("/api/posts/" + id).isProblem(403));
        assertTrue(staff.post("/api/posts", "{\"title\":").isProblem(400));
        ApiClient.Response missing = staff.post("/api/posts", Json.createObjectBuilder().add("kind", "NEWS").build());
        assertTrue(missing.isProblem(422), missing::toString);
        assertTrue(missing.errorFields().containsAll(List.of("title", "body", "lang")), missing::toString);
        assertTrue(staff.post("/api/posts", Json.createObjectBuilder(body).add("title", "长".repeat(201)).build())
                .isProblem(422));
        assertTrue(staff.post("/api/posts", Json.createObjectBuilder(body).add("kind", "GOSSIP").build())
                .status() / 100 == 4);
        assertTrue(staff.withHeader("If-Match", "yesterday").put("/api/posts/" + id, body).isProblem(400));
        assertTrue(api.get("/api/posts?kind=GOSSIP").isProblem(422));
        assertTrue(api.get("/api/posts?lang=fr").isProblem(422));
        assertTrue(api.get("/api/posts?page=abc").isProblem(400));
        assertTrue(api.get("/api/posts?size=0").isProblem(422));
        assertTrue(api.get("/api/posts/abc").isProblem(400));
        assertTrue(api.get("/api/posts/99999999").isProblem(404));
    }

    @Test
    void theFeedIsAtomThatAParserAccepts() throws Exception {
        ApiClient staff = Fixtures.staff(api).api();
        String title = "Kiwi & <grapes> bulletin " + Fixtures.unique("f");
        long id = staff.post("/api/posts", post(title, "MARKET", "en")).object().getJsonNumber("id").longValue();
        ApiClient.Response feed = api.send("GET", "/feed.atom", null, null);
        assertEquals(200, feed.status());
        assertTrue(feed.contentType().startsWith("application/atom+xml"), feed.contentType());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        for (String required : List.of("id", "title", "updated", "author", "link")) {
            assertTrue(root.getElementsByTagNameNS(ATOM, required).getLength() > 0, required);
        }
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertTrue(entries.getLength() >= 1 && entries.getLength() <= 50);
        Element ours = null;
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            if (title.equals(entry.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent())) {
                ours = entry;
            }
        }
        assertTrue(ours != null, "the new post is in the feed: " + feed.body());
        String entryId = ours.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent();
        assertTrue(entryId.startsWith("tag:") && entryId.endsWith(":post-" + id), entryId);
        Element content = (Element) ours.getElementsByTagNameNS(ATOM, "content").item(0);
        assertEquals("html", content.getAttribute("type"));
        assertTrue(content.getTextContent().contains("&lt;script&gt;"), content.getTextContent());
        assertFalse(content.getTextContent().contains("<script"), content.getTextContent());
        assertTrue(((Element) ours.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href")
                .endsWith("/post.xhtml?id=" + id));
        assertTrue(ours.getElementsByTagNameNS(ATOM, "updated").getLength() == 1);
        assertFalse(feed.body().contains("<script>"), "raw HTML only ever appears escaped");
    }

    @Test
    void thePagesShowPostsEscapedWithoutASession() {
        ApiClient staff = Fixtures.staff(api).api();
        String title = "页面测试 <b>粗</b> " + Fixtures.unique("w");
        long id = staff.post("/api/posts", post(title, "NEWS", "zh")).object().getJsonNumber("id").longValue();
        ApiClient.Response page = api.send("GET", "/post.xhtml?id=" + id, null, null);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("&lt;b&gt;粗&lt;/b&gt;"), "the title is escaped");
        assertFalse(page.body().contains("<script>alert('x')"), "the body's script is escaped");
        assertTrue(page.body().contains("&lt;script&gt;"));
        assertTrue(page.raw().headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "a public page makes no session");
        assertEquals(404, api.send("GET", "/post.xhtml?id=99999999", null, null).status());
        assertEquals(404, api.send("GET", "/post.xhtml?id=abc", null, null).status());
        ApiClient.Response news = api.send("GET", "/news.xhtml?kind=NEWS&lang=zh", null, null);
        assertEquals(200, news.status());
        assertTrue(news.body().contains("&lt;b&gt;粗&lt;/b&gt;"));
        ApiClient.Response home = api.send("GET", "/index.xhtml", null, null);
        assertTrue(home.body().contains("/post.xhtml?id=" + id), "the home page shows the latest posts");
        for (JsonValue item : api.get("/api/posts?size=100").object().getJsonArray("items")) {
            assertFalse(item.asJsonObject().getString("html").contains("<script"));
        }
    }
}
