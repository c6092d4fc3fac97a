package org.sitrep.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches feed and page URLs for {@code sitrep ingest}: HTTP(S) GET with timeouts, a size limit, redirects followed,
 * and conditional requests (the ETag and Last-Modified of the previous answer per URL), so that polling a feed that
 * has not changed costs one short answer ({@code 304 Not Modified}). Thread-safe.
 */
public final class UrlFetcher {
    /** A fetched body; {@code body} null when the server said the URL is unchanged since the previous fetch. */
    public record Page(String url, String body, String contentType) {
        public boolean unchanged() {
            return body == null;
        }
    }

    private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([\\w.:-]+)");
    private final HttpClient client;
    private final long maxBytes;
    private final Duration timeout;
    private final Map<String, String[]> validators = new ConcurrentHashMap<>();

    public UrlFetcher(long maxBytes, Duration timeout) {
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public static boolean isUrl(String arg) {
        String a = arg.toLowerCase(Locale.ROOT);
        return a.startsWith("http://") || a.startsWith("https://");
    }

    /** GETs {@code url}; throws IOException with a message that says what went wrong (status, size, network). */
    public Page fetch(String url) throws IOException {
        HttpRequest.Builder b;
        try {
            b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("User-Agent", "sitrep (feed reader)")
                    .header("Accept", "application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.9, */*;q=0.5");
        } catch (IllegalArgumentException e) {
            throw new IOException("not a valid URL: " + e.getMessage(), e);
        }
        String[] v = validators.get(url);
        if (v != null) {
            if (v[0] != null) {
                b.header("If-None-Match", v[0]);
            }
            if (v[1] != null) {
                b.header("If-Modified-Since", v[1]);
            }
        }
        HttpResponse<InputStream> r;
        try {
            r = client.send(b.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        try (InputStream in = r.body()) {
            if (r.statusCode() == 304) {
                return new Page(url, null, null);
            }
            if (r.statusCode() / 100 != 2) {
                throw new IOException("HTTP status " + r.statusCode());
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new IOException("larger than the " + maxBytes + " bytes limit (--max-bytes)");
            }
            String type = r.headers().firstValue("Content-Type").orElse("");
            Charset cs = StandardCharsets.UTF_8;
            Matcher m = CHARSET.matcher(type);
            if (m.find()) {
                try {
                    cs = Charset.forName(m.group(1));
                } catch (IllegalArgumentException e) {
                    cs = StandardCharsets.UTF_8;
                }
            }
            String etag = r.headers().firstValue("ETag").orElse(null);
            String modified = r.headers().firstValue("Last-Modified").orElse(null);
            if (etag != null || modified != null) {
                validators.put(url, new String[] {etag, modified});
            }
            return new Page(url, new String(bytes, cs), type);
        }
    }
}
