package coop.harvest.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Bytes a browser receives for one view of a page (bodies as sent, i.e. compressed where the server compresses;
 * headers not counted): on a first visit the page and every file it links (stylesheets, scripts, images; fonts and
 * pictures named inside stylesheets are left out, as a browser fetches them only when a page uses them); on a
 * repeat visit the page plus the files a browser may not take from its cache (no max-age).
 */
final class PageWeight {

    record Weight(long firstVisit, long repeatVisit, int files) {

        String describe() {
            return String.format("first visit %.1f KB (page + %d files), repeat visit %.1f KB", firstVisit / 1024.0,
                    files, repeatVisit / 1024.0);
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern LINKS = Pattern.compile("<(?:link|script|img)\\b[^>]*?(?:href|src)=\"([^\"]+)\"");

    private PageWeight() {
    }

    static Weight of(String base, String path) throws IOException, InterruptedException {
        Fetched page = fetch(URI.create(base + path));
        long first = page.bytes();
        long repeat = page.bytes();
        Set<URI> seen = new LinkedHashSet<>();
        Deque<URI> queue = new ArrayDeque<>();
        collect(page, LINKS, queue, seen);
        while (!queue.isEmpty()) {
            Fetched file = fetch(queue.poll());
            first += file.bytes();
            if (!file.cacheable()) {
                repeat += file.bytes();
            }
        }
        return new Weight(first, repeat, seen.size());
    }

    private static void collect(Fetched from, Pattern pattern, Deque<URI> queue, Set<URI> seen) {
        Matcher links = pattern.matcher(from.text());
        while (links.find()) {
            String link = links.group(1).replace("&amp;", "&");
            if (link.startsWith("data:") || link.startsWith("#")) {
                continue;
            }
            URI target = from.uri().resolve(link);
            if (target.getHost() != null && target.getHost().equals(from.uri().getHost()) && seen.add(target)) {
                queue.add(target);
            }
        }
    }

    private record Fetched(URI uri, long bytes, String text, String contentType, boolean cacheable) {
    }

    private static Fetched fetch(URI uri) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Accept-Encoding", "gzip, deflate, br").build(), HttpResponse.BodyHandlers.ofByteArray());
        byte[] body = response.body();
        boolean gzip = response.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip");
        String type = response.headers().firstValue("Content-Type").orElse("");
        String text = "";
        if (type.startsWith("text/")) {
            byte[] plain = gzip ? gunzip(body) : body;
            text = new String(plain, StandardCharsets.UTF_8);
        }
        String cache = response.headers().firstValue("Cache-Control").orElse("");
        boolean cacheable = cache.contains("max-age=") && !cache.contains("max-age=0") && !cache.contains("no-store")
                && !cache.contains("no-cache");
        return new Fetched(uri, body.length, text, type, cacheable);
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
