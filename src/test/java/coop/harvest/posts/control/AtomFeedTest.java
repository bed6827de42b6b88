package coop.harvest.posts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class AtomFeedTest {

    @Test
    void theFeedIsWellFormedAtomWithEscapedContent() throws Exception {
        Instant at = Instant.parse("2026-12-01T02:00:00Z");
        String html = MarkdownRenderer.render("**农信通** <script>alert(1)</script> & [x](https://example.cn/?a=1&b=2)");
        StringWriter out = new StringWriter();
        AtomFeed.write(new AtomFeed.Feed("Bureau & <news>", "sub", "http://h/news.xhtml", "http://h/feed.atom", "局"),
                List.of(new AtomFeed.Entry(7, "Title <b>&\u0001", "NEWS", "zh", "王 & 李", at, at.plusSeconds(60),
                        html, "http://h/post.xhtml?id=7")), out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
        Element root = feed.getDocumentElement();
        assertEquals(AtomFeed.NS, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        assertEquals("Bureau & <news>", text(root, "title"));
        assertTrue(text(root, "id").startsWith("tag:"));
        assertEquals("2026-12-01T02:01:00Z", text(root, "updated"));
        Element entry = (Element) root.getElementsByTagNameNS(AtomFeed.NS, "entry").item(0);
        assertEquals("tag:harvest-exchange.huaihua.gov.cn,2026-12-01:post-7", text(entry, "id"));
        assertEquals("Title <b>&", text(entry, "title"));
        assertEquals("王 & 李", text((Element) entry.getElementsByTagNameNS(AtomFeed.NS, "author").item(0), "name"));
        Element content = (Element) entry.getElementsByTagNameNS(AtomFeed.NS, "content").item(0);
        assertEquals("html", content.getAttribute("type"));
        assertEquals(html, content.getTextContent());
        assertTrue(content.getTextContent().contains("&lt;script&gt;"));
        Element link = (Element) entry.getElementsByTagNameNS(AtomFeed.NS, "link").item(0);
        assertEquals("http://h/post.xhtml?id=7", link.getAttribute("href"));
        assertEquals("zh", entry.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
    }

    @Test
    void anEmptyFeedStillHasItsRequiredElements() throws Exception {
        StringWriter out = new StringWriter();
        AtomFeed.write(new AtomFeed.Feed("t", "s", "http://h/", "http://h/feed.atom", "a"), List.of(), out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        for (String required : List.of("id", "title", "updated", "author", "link")) {
            assertEquals(true, root.getElementsByTagNameNS(AtomFeed.NS, required).getLength() > 0, required);
        }
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(AtomFeed.NS, name).item(0).getTextContent();
    }
}
