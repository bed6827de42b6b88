package coop.harvest.posts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private static String render(String markdown) {
        return MarkdownRenderer.render(markdown);
    }

    @Test
    void markdownStillWorks() {
        String html = render("# 通知\n\n**农信通** 与 *12316* 热线\n\n- 订单农业\n- 猕猴桃");
        assertTrue(html.contains("<h1>通知</h1>"), html);
        assertTrue(html.contains("<strong>农信通</strong>"), html);
        assertTrue(html.contains("<li>订单农业</li>"), html);
    }

    @Test
    void scriptTagsAreEscapedIntoText() {
        String html = render("Hello <script>alert('x')</script>\n\n<script src=\"https://evil.example/x.js\"></script>");
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void rawHtmlWithHandlersIsEscaped() {
        String html = render("<img src=x onerror=\"alert(1)\">\n\n<div onmouseover=alert(1)>hi</div> <a href=\"javascript:x\">a</a>");
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<div"), html);
        assertFalse(html.contains("<a href=\"javascript"), html);
        assertTrue(html.contains("&lt;img src=x onerror="), html);
    }

    @Test
    void javascriptLinksBecomePlainText() {
        String html = render("[click me](javascript:alert(1)) and [also](JavaScript:alert(1)) and <javascript:alert(2)>");
        assertFalse(html.contains("<a"), html);
        assertFalse(html.toLowerCase().contains("href"), html);
        assertTrue(html.contains("click me"), html);
        assertTrue(html.contains("also"), html);
    }

    @Test
    void dataRelativeAndMailLinksLoseTheirTarget() {
        String html = render("[d](data:text/html;base64,PHNjcmlwdD4=) [r](/staff/index.xhtml) [m](mailto:a@b.cn)"
                + " [v](vbscript:x) [p](//evil.example/x) <a@b.cn>");
        assertFalse(html.contains("<a"), html);
        assertTrue(html.contains("d r m v p"), html);
    }

    @Test
    void webLinksAreKeptWithRelNofollow() {
        String html = render("[农业农村部](https://www.moa.gov.cn/) and <http://www.huaihua.gov.cn>");
        assertTrue(html.contains("<a href=\"https://www.moa.gov.cn/\" rel=\"nofollow noopener noreferrer\">农业农村部</a>"),
                html);
        assertTrue(html.contains("href=\"http://www.huaihua.gov.cn\""), html);
    }

    @Test
    void linkAttributesCannotBeBrokenOutOf() {
        String html = render("[x](https://example.cn/\"onmouseover=\"alert(1) \"t\")");
        assertFalse(html.contains("\" onmouseover"), html);
        assertFalse(html.contains("\"onmouseover=\"alert"), html);
    }

    @Test
    void imagesAreNeverLoaded() {
        String web = render("![猕猴桃](https://example.cn/kiwi.jpg \"title\")");
        assertFalse(web.contains("<img"), web);
        assertTrue(web.contains("<a href=\"https://example.cn/kiwi.jpg\""), web);
        assertTrue(web.contains(">猕猴桃</a>"), web);
        String script = render("![x\" onerror=\"alert(1)](javascript:alert(1))");
        assertFalse(script.contains("<img"), script);
        assertFalse(script.contains("<a"), script);
        assertFalse(script.contains("onerror=\""), script);
        String data = render("![pic](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)");
        assertEquals("<p>pic</p>\n", data);
    }

    @Test
    void anImageInsideALinkDoesNotNestLinks() {
        String html = render("[![logo](https://example.cn/l.png)](https://example.cn/)");
        assertEquals(1, html.split("<a ", -1).length - 1, html);
    }

    @Test
    void webAddresses() {
        assertTrue(MarkdownRenderer.isWebAddress("https://example.cn/a?b=c"));
        assertTrue(MarkdownRenderer.isWebAddress("HTTP://EXAMPLE.CN"));
        assertFalse(MarkdownRenderer.isWebAddress("https:///nohost"));
        assertFalse(MarkdownRenderer.isWebAddress("java\tscript:alert(1)"));
        assertFalse(MarkdownRenderer.isWebAddress("ftp://example.cn"));
        assertFalse(MarkdownRenderer.isWebAddress(""));
    }
}
