package coop.harvest.posts.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders a post's Markdown to HTML that is safe to show as is: every raw HTML tag is escaped into visible text,
 * links keep their target only when it is an absolute http or https address (any other link, {@code javascript:},
 * {@code data:}, relative or mail, becomes plain text without its target), and images are never loaded: an http(s)
 * image becomes a link to it labelled with its description, any other image just its description.
 */
public final class MarkdownRenderer {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .nodeRendererFactory(SafeLinks::new)
            .build();

    private MarkdownRenderer() {
    }

    public static String render(String markdown) {
        return RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
    }

    /** True for an absolute http or https address with a host and nothing that could break out of an attribute. */
    public static boolean isWebAddress(String destination) {
        if (destination == null || destination.isBlank() || destination.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return false;
        }
        try {
            URI uri = new URI(destination);
            String scheme = uri.getScheme();
            return scheme != null && Set.of("http", "https").contains(scheme.toLowerCase(Locale.ROOT))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Plain text of a node's children (an image's description). */
    static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                text.append(' ');
            }
        });
        return text.toString();
    }

    private static final class SafeLinks implements NodeRenderer {

        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        SafeLinks(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Link.class, Image.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Link link) {
                link(link);
            } else if (node instanceof Image image) {
                image(image);
            }
        }

        private void link(Link link) {
            boolean keep = isWebAddress(link.getDestination());
            if (keep) {
                html.tag("a", attributes(link, link.getDestination(), link.getTitle()));
            }
            for (Node child = link.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            if (keep) {
                html.tag("/a");
            }
        }

        private void image(Image image) {
            String description = plainText(image).strip();
            if (isWebAddress(image.getDestination()) && !insideLink(image)) {
                html.tag("a", attributes(image, image.getDestination(), image.getTitle()));
                html.text(description.isEmpty() ? image.getDestination() : description);
                html.tag("/a");
            } else {
                html.text(description);
            }
        }

        private Map<String, String> attributes(Node node, String destination, String title) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("href", context.encodeUrl(destination));
            if (title != null && !title.isBlank()) {
                attributes.put("title", title);
            }
            attributes.put("rel", "nofollow noopener noreferrer");
            return context.extendAttributes(node, "a", attributes);
        }

        private static boolean insideLink(Node node) {
            for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof Link) {
                    return true;
                }
            }
            return false;
        }
    }
}
