package org.sitrep.store;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.sitrep.errors.ErrorCode;
import org.sitrep.ingest.Datelines;
import org.sitrep.ingest.HtmlExtractor;
import org.sitrep.ingest.InputFormat;
import org.sitrep.ingest.InputItem;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentMeta;

/**
 * What {@code sitrep ingest} reads: everything {@link InputReader} reads, plus WARC archives (jwarc; HTML
 * responses become documents, id = target URI) and RSS/Atom feeds from local files (ROME; each entry a document,
 * id = its link, else the feed path and entry number), from files or from {@code http(s)://} URLs (a feed, or one HTML
 * page whose id is its URL) fetched with a {@link UrlFetcher}; an unchanged URL ({@code 304}) gives no items.
 */
public final class IngestReader implements Iterable<InputItem> {
    private final List<String> paths;
    private final ReadOptions options;
    private final InputStream stdin;
    private final UrlFetcher fetcher;

    public IngestReader(List<String> paths, ReadOptions options, InputStream stdin) {
        this(paths, options, stdin, null);
    }

    /** {@code fetcher}: how URLs are fetched (one per follow loop, so unchanged feeds are cheap); null: a new one per read. */
    public IngestReader(List<String> paths, ReadOptions options, InputStream stdin, UrlFetcher fetcher) {
        this.paths = paths;
        this.options = options;
        this.stdin = stdin;
        this.fetcher = fetcher;
    }

    @Override
    public Iterator<InputItem> iterator() {
        List<Iterable<InputItem>> parts = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        for (String arg : paths) {
            if (UrlFetcher.isUrl(arg)) {
                flush(parts, plain);
                parts.add(() -> url(arg).iterator());
                continue;
            }
            Path p = Path.of(arg);
            if (arg.equals("-") || !Files.exists(p)) {
                plain.add(arg);
                continue;
            }
            List<Path> files = new ArrayList<>();
            boolean dir = Files.isDirectory(p);
            if (dir) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().forEach(files::add);
                } catch (IOException e) {
                    plain.add(arg);
                    continue;
                }
                if (files.stream().allMatch(f -> options.format() == InputFormat.AUTO && sniff(f) == InputFormat.AUTO)) {
                    plain.add(arg);
                    continue;
                }
            } else {
                files.add(p);
            }
            for (Path f : files) {
                String name = dir ? p.relativize(f).toString().replace('\\', '/') : arg;
                InputFormat fmt = options.format() == InputFormat.AUTO ? sniff(f) : options.format();
                if (fmt == InputFormat.WARC) {
                    flush(parts, plain);
                    parts.add(() -> warc(f, name).iterator());
                } else if (fmt == InputFormat.FEED) {
                    flush(parts, plain);
                    parts.add(() -> feed(f, name).iterator());
                } else if (dir) {
                    flush(parts, plain);
                    parts.add(() -> rename(new InputReader(List.of(f.toString()), options, stdin).iterator(), f.toString(), name));
                } else {
                    plain.add(arg);
                }
            }
        }
        flush(parts, plain);
        return parts.stream().flatMap(i -> {
            List<InputItem> l = new ArrayList<>();
            i.forEach(l::add);
            return l.stream();
        }).iterator();
    }

    private void flush(List<Iterable<InputItem>> parts, List<String> plain) {
        if (!plain.isEmpty()) {
            parts.add(new InputReader(List.copyOf(plain), options, stdin));
            plain.clear();
        }
    }

    private static Iterator<InputItem> rename(Iterator<InputItem> it, String from, String to) {
        List<InputItem> out = new ArrayList<>();
        it.forEachRemaining(x -> {
            if (x instanceof InputItem.Doc d && d.document().id().equals(from)) {
                Document doc = Document.of(to, d.document().text(), d.document().meta());
                out.add(new InputItem.Doc(to, doc));
            } else if (x instanceof InputItem.Failure f) {
                out.add(new InputItem.Failure(f.input().equals(from) ? to : f.input(), f.message()));
            } else {
                out.add(x);
            }
        });
        return out.iterator();
    }

    static InputFormat sniff(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
            return InputFormat.WARC;
        }
        if (n.endsWith(".rss") || n.endsWith(".atom")) {
            return InputFormat.FEED;
        }
        if (n.endsWith(".xml")) {
            try (InputStream in = Files.newInputStream(f)) {
                String head = new String(in.readNBytes(1024), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                if (head.contains("<rss") || head.contains("<feed")) {
                    return InputFormat.FEED;
                }
            } catch (IOException e) {
                return InputFormat.AUTO;
            }
        }
        return InputFormat.AUTO;
    }

    private List<InputItem> warc(Path f, String name) {
        List<InputItem> out = new ArrayList<>();
        try (WarcReader r = new WarcReader(f)) {
            for (WarcRecord rec : r) {
                if (!(rec instanceof WarcResponse resp)) {
                    continue;
                }
                String uri = resp.target();
                try {
                    MediaType type = resp.payloadType();
                    if (!type.base().toString().contains("html")) {
                        continue;
                    }
                    byte[] body = resp.payload().map(p -> {
                        try {
                            return p.body().stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).orElse(new byte[0]);
                    if (body.length > options.maxBytes()) {
                        out.add(new InputItem.Failure(uri, ErrorCode.E_TOO_LARGE.format(uri, body.length + " bytes", options.maxBytes() + " bytes")));
                        continue;
                    }
                    HtmlExtractor.Page page = HtmlExtractor.extract(new String(body, StandardCharsets.UTF_8));
                    if (page.text().isBlank()) {
                        out.add(new InputItem.Failure(uri, ErrorCode.E_EMPTY.format(uri)));
                        continue;
                    }
                    out.add(new InputItem.Doc(uri, Document.of(uri, page.text(), meta(page.text(), uri, page.title(),
                            page.published() == null ? null : LocalDate.parse(page.published()), "html"))));
                } catch (IOException | RuntimeException e) {
                    out.add(new InputItem.Failure(uri, ErrorCode.E_UNREADABLE.format(uri, e.getMessage())));
                }
            }
        } catch (IOException | RuntimeException e) {
            out.add(new InputItem.Failure(name, ErrorCode.E_UNREADABLE.format(name, "not a readable WARC archive: " + e.getMessage())));
        }
        return out;
    }

    private List<InputItem> url(String url) {
        UrlFetcher f = fetcher != null ? fetcher : new UrlFetcher(options.maxBytes(), java.time.Duration.ofSeconds(30));
        UrlFetcher.Page page;
        try {
            page = f.fetch(url);
        } catch (IOException e) {
            return List.of(new InputItem.Failure(url, ErrorCode.E_FETCH.format(url, e.getMessage())));
        }
        if (page.unchanged()) {
            return List.of();
        }
        String head = page.body().substring(0, Math.min(1024, page.body().length())).toLowerCase(Locale.ROOT);
        String type = page.contentType().toLowerCase(Locale.ROOT);
        if (options.format() == InputFormat.FEED || type.contains("rss") || type.contains("atom")
                || head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")) {
            return feed(new java.io.StringReader(page.body()), url);
        }
        HtmlExtractor.Page html = HtmlExtractor.extract(page.body());
        if (html.text().isBlank()) {
            return List.of(new InputItem.Failure(url, ErrorCode.E_EMPTY.format(url)));
        }
        return List.of(new InputItem.Doc(url, Document.of(url, html.text(), meta(html.text(), url, html.title(),
                html.published() == null ? null : LocalDate.parse(html.published()), "html"))));
    }

    private List<InputItem> feed(Path f, String name) {
        try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            return feed(in, name);
        } catch (IOException e) {
            return List.of(new InputItem.Failure(name, ErrorCode.E_UNREADABLE.format(name, "not a readable RSS/Atom feed: " + e.getMessage())));
        }
    }

    private List<InputItem> feed(Reader in, String name) {
        List<InputItem> out = new ArrayList<>();
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            SyndFeed feed = input.build(in);
            int i = 0;
            for (SyndEntry e : feed.getEntries()) {
                i++;
                String id = e.getLink() != null && !e.getLink().isBlank() ? e.getLink() : name + "#" + i;
                StringBuilder html = new StringBuilder();
                for (SyndContent c : e.getContents()) {
                    html.append(c.getValue()).append('\n');
                }
                if (html.length() == 0 && e.getDescription() != null) {
                    html.append(e.getDescription().getValue());
                }
                String text = HtmlExtractor.extract("<html><body>" + html + "</body></html>").text();
                if (text.isBlank()) {
                    out.add(new InputItem.Failure(id, ErrorCode.E_EMPTY.format(id)));
                    continue;
                }
                LocalDate pub = e.getPublishedDate() != null ? e.getPublishedDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate()
                        : e.getUpdatedDate() != null ? e.getUpdatedDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate() : null;
                out.add(new InputItem.Doc(id, Document.of(id, text, meta(text, e.getLink(), e.getTitle(), pub, "feed"))));
            }
        } catch (FeedException | RuntimeException e) {
            out.add(new InputItem.Failure(name, ErrorCode.E_UNREADABLE.format(name, "not a readable RSS/Atom feed: " + e.getMessage())));
        }
        return out;
    }

    private DocumentMeta meta(String text, String url, String title, LocalDate date, String source) {
        DocumentMeta m = new DocumentMeta(url, title, null, null, null);
        if (options.published() != null) {
            return m.withPublished(options.published(), "flag");
        }
        if (date != null) {
            return m.withPublished(date, source);
        }
        LocalDate d = Datelines.find(text);
        return d == null ? m : m.withPublished(d, "dateline");
    }
}
