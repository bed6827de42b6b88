package coop.harvest.posts.control;

import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an Atom 1.0 feed (RFC 4287) with an XML writer, so every text and HTML content is escaped and the
 * document is well-formed. Ids are tag: URIs (RFC 4151) that never change when the site's address does.
 */
public final class AtomFeed {

    public static final String NS = "http://www.w3.org/2005/Atom";
    public static final String CONTENT_TYPE = "application/atom+xml";
    private static final String AUTHORITY = "harvest-exchange.huaihua.gov.cn";

    /** One post in the feed; {@code html} is the post's rendered (already safe) HTML. */
    public record Entry(long id, String title, String kind, String lang, String author, Instant published,
                        Instant updated, String html, String link) {
    }

    /** The feed's own facts: its title, the site's address, and the feed's own address. */
    public record Feed(String title, String subtitle, String siteLink, String selfLink, String author) {
    }

    private AtomFeed() {
    }

    public static String entryId(long id, Instant published) {
        return "tag:" + AUTHORITY + "," + DateTimeFormatter.ISO_LOCAL_DATE.format(published.atOffset(ZoneOffset.UTC))
                + ":post-" + id;
    }

    public static String feedId() {
        return "tag:" + AUTHORITY + ",2026:posts";
    }

    public static void write(Feed feed, List<Entry> entries, Writer out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "feed");
            xml.writeDefaultNamespace(NS);
            element(xml, "id", feedId());
            element(xml, "title", feed.title());
            element(xml, "subtitle", feed.subtitle());
            Instant updated = entries.stream().map(Entry::updated).max(Instant::compareTo)
                    .orElse(Instant.parse("2026-01-01T00:00:00Z"));
            element(xml, "updated", time(updated));
            link(xml, "self", feed.selfLink(), CONTENT_TYPE);
            link(xml, "alternate", feed.siteLink(), "text/html");
            author(xml, feed.author());
            for (Entry entry : entries) {
                entry(xml, entry);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the feed", e);
        }
    }

    private static void entry(XMLStreamWriter xml, Entry entry) throws XMLStreamException {
        xml.writeStartElement(NS, "entry");
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", entry.lang());
        element(xml, "id", entryId(entry.id(), entry.published()));
        element(xml, "title", entry.title());
        element(xml, "published", time(entry.published()));
        element(xml, "updated", time(entry.updated()));
        author(xml, entry.author());
        link(xml, "alternate", entry.link(), "text/html");
        xml.writeEmptyElement(NS, "category");
        xml.writeAttribute("term", entry.kind());
        xml.writeStartElement(NS, "content");
        xml.writeAttribute("type", "html");
        xml.writeCharacters(stripInvalid(entry.html()));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void author(XMLStreamWriter xml, String name) throws XMLStreamException {
        xml.writeStartElement(NS, "author");
        element(xml, "name", name);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement(NS, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(NS, name);
        xml.writeCharacters(stripInvalid(text));
        xml.writeEndElement();
    }

    private static String time(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
    }

    /** XML 1.0 cannot carry most control characters even escaped: leave them out. */
    static String stripInvalid(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000).forEach(clean::appendCodePoint);
        return clean.toString();
    }
}
