package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.sitrep.errors.ErrorCode;
import org.sitrep.errors.SitrepException;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentMeta;

/**
 * Turns the command line's {@code PATH...} (files, directories read recursively in name order, {@code -} for
 * standard input) into documents, lazily. Every problem becomes an {@link InputItem.Failure} naming the input;
 * reading goes on with the next document.
 */
public final class InputReader implements Iterable<InputItem> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<String> paths;
    private final ReadOptions options;
    private final InputStream stdin;

    public InputReader(List<String> paths, ReadOptions options, InputStream stdin) {
        this.paths = List.copyOf(paths);
        this.options = options;
        this.stdin = stdin;
    }

    @Override
    public Iterator<InputItem> iterator() {
        return new It();
    }

    /** A file to read, with the id it gets. */
    private record Source(Path path, String id, boolean stdin) {
    }

    private final class It implements Iterator<InputItem> {
        private final Deque<Object> pending = new ArrayDeque<>(); // Source or InputItem
        private final Iterator<String> args = paths.iterator();
        private Iterator<InputItem> current;
        private InputItem next;

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (current != null && current.hasNext()) {
                    next = current.next();
                } else if (!pending.isEmpty()) {
                    Object o = pending.poll();
                    if (o instanceof InputItem item) {
                        next = item;
                    } else {
                        current = read((Source) o);
                    }
                } else if (args.hasNext()) {
                    expand(args.next());
                } else {
                    return false;
                }
            }
            return true;
        }

        @Override
        public InputItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            InputItem r = next;
            next = null;
            return r;
        }

        private void expand(String arg) {
            if (arg.equals("-")) {
                pending.add(new Source(null, "-", true));
                return;
            }
            Path p = Path.of(arg);
            if (!Files.exists(p)) {
                pending.add(new InputItem.Failure(arg, ErrorCode.E_NOT_FOUND.format(arg)));
            } else if (Files.isDirectory(p)) {
                List<Path> files = new ArrayList<>();
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    pending.add(new InputItem.Failure(arg, ErrorCode.E_UNREADABLE.format(arg, e.getMessage())));
                    return;
                }
                files.sort(null);
                for (Path f : files) {
                    pending.add(new Source(f, p.relativize(f).toString().replace('\\', '/'), false));
                }
            } else {
                pending.add(new Source(p, arg, false));
            }
        }
    }

    private Iterator<InputItem> read(Source src) {
        String name = src.stdin ? "<stdin>" : src.id;
        byte[] bytes;
        try {
            bytes = src.stdin ? readLimited(stdin, options.maxBytes() * 64) : readFile(src.path, name);
        } catch (SitrepException e) {
            return List.<InputItem>of(new InputItem.Failure(name, e.getMessage())).iterator();
        } catch (AccessDeniedException e) {
            return List.<InputItem>of(new InputItem.Failure(name, ErrorCode.E_UNREADABLE.format(name, "permission denied"))).iterator();
        } catch (NoSuchFileException e) {
            return List.<InputItem>of(new InputItem.Failure(name, ErrorCode.E_NOT_FOUND.format(name))).iterator();
        } catch (IOException e) {
            return List.<InputItem>of(new InputItem.Failure(name, ErrorCode.E_UNREADABLE.format(name, e.getMessage()))).iterator();
        }
        return parse(name, src.id, src.stdin ? "" : src.id, bytes);
    }

    /**
     * One file's bytes as documents, for readers of other file systems (the Spark job reads Hadoop file systems):
     * {@code name} names the input in messages, {@code id} is the document id of a text or HTML file (and the name
     * whose extension decides the format under {@code auto}). Problems become failures, as for files read here.
     */
    public Iterator<InputItem> parse(String name, String id, byte[] bytes) {
        return parse(name, id, id, bytes);
    }

    private Iterator<InputItem> parse(String name, String id, String detectName, byte[] bytes) {
        InputFormat fmt = options.format() == InputFormat.AUTO ? detect(detectName, bytes) : options.format();
        try {
            switch (fmt) {
                case JSONL:
                    return jsonl(name, bytes);
                case HTML: {
                    String html = Bytes.decode(bytes, name, options.maxBytes());
                    HtmlExtractor.Page page = HtmlExtractor.extract(html);
                    if (page.text().isBlank()) {
                        throw new SitrepException(ErrorCode.E_EMPTY, name);
                    }
                    return one(name, id, page.text(), page.title(), null, page.published() == null ? null : LocalDate.parse(page.published()), "html");
                }
                case WARC:
                case FEED:
                    throw new SitrepException(ErrorCode.E_FORMAT, name, fmt.name().toLowerCase(Locale.ROOT)
                            + "' (WARC archives and feeds are read by `sitrep ingest`; for extract, give text, HTML or JSON Lines");
                case TEXT:
                default: {
                    String text = Bytes.decode(bytes, name, options.maxBytes());
                    return one(name, id, text, null, null, null, null);
                }
            }
        } catch (SitrepException e) {
            return List.<InputItem>of(new InputItem.Failure(name, e.getMessage())).iterator();
        }
    }

    private byte[] readFile(Path p, String name) throws IOException {
        long size = Files.size(p);
        if (size > options.maxBytes() && !name.toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
            throw new SitrepException(ErrorCode.E_TOO_LARGE, name, Bytes.human(size), Bytes.human(options.maxBytes()));
        }
        return Files.readAllBytes(p);
    }

    private static byte[] readLimited(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        int n;
        long total = 0;
        try (BufferedInputStream b = new BufferedInputStream(in)) {
            while ((n = b.read(buf)) > 0) {
                total += n;
                if (total > max) {
                    throw new SitrepException(ErrorCode.E_TOO_LARGE, "<stdin>", "more than " + Bytes.human(max), Bytes.human(max));
                }
                out.write(buf, 0, n);
            }
        }
        return out.toByteArray();
    }

    static InputFormat detect(String name, byte[] bytes) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return InputFormat.JSONL;
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return InputFormat.HTML;
        }
        if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
            return InputFormat.WARC;
        }
        if (n.endsWith(".rss") || n.endsWith(".atom")) {
            return InputFormat.FEED;
        }
        if (n.endsWith(".txt") || n.endsWith(".text")) {
            return InputFormat.TEXT;
        }
        int i = 0;
        while (i < bytes.length && i < 1024 && (Character.isWhitespace(bytes[i]) || (bytes[i] & 0xff) == 0xEF
                || (bytes[i] & 0xff) == 0xBB || (bytes[i] & 0xff) == 0xBF)) {
            i++;
        }
        String head = new String(bytes, i, Math.min(512, bytes.length - i), java.nio.charset.StandardCharsets.UTF_8)
                .toLowerCase(Locale.ROOT);
        if (head.startsWith("{")) {
            return InputFormat.JSONL;
        }
        if (head.startsWith("warc/")) {
            return InputFormat.WARC;
        }
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body") || head.contains("<head")) {
            return InputFormat.HTML;
        }
        if (head.startsWith("<?xml") && (head.contains("<rss") || head.contains("<feed"))) {
            return InputFormat.FEED;
        }
        return InputFormat.TEXT;
    }

    private Iterator<InputItem> one(String name, String id, String text, String title, String url, LocalDate pageDate, String pageDateSource) {
        return List.<InputItem>of(new InputItem.Doc(name, Document.of(id, text, meta(text, url, title, null, pageDate, pageDateSource)))).iterator();
    }

    private DocumentMeta meta(String text, String url, String title, LocalDate jsonlDate, LocalDate pageDate, String pageSource) {
        DocumentMeta m = new DocumentMeta(url, title, null, null, null);
        if (options.published() != null) {
            return m.withPublished(options.published(), "flag");
        }
        if (jsonlDate != null) {
            return m.withPublished(jsonlDate, "jsonl");
        }
        if (pageDate != null) {
            return m.withPublished(pageDate, pageSource);
        }
        LocalDate d = Datelines.find(text);
        return d == null ? m : m.withPublished(d, "dateline");
    }

    /** JSON Lines: one document per line; a bad line is a failure named {@code file:line}, the rest go on. */
    private Iterator<InputItem> jsonl(String name, byte[] bytes) {
        List<InputItem> out = new ArrayList<>();
        int lineNo = 0;
        int pos = 0;
        while (pos < bytes.length) {
            int eol = pos;
            while (eol < bytes.length && bytes[eol] != '\n') {
                eol++;
            }
            lineNo++;
            byte[] line = java.util.Arrays.copyOfRange(bytes, pos, eol);
            pos = eol + 1;
            InputItem item = jsonLine(name, lineNo, line);
            if (item != null) {
                out.add(item);
            }
        }
        if (lineNo == 0) {
            out.add(new InputItem.Failure(name, ErrorCode.E_EMPTY.format(name)));
        }
        return out.iterator();
    }

    /**
     * One line of a JSON Lines file: a document, a failure naming {@code name} and {@code lineNo} (a line number, or
     * another label such as "starting at byte 1024" where the number is unknown), or null for a blank line.
     */
    public InputItem jsonLine(String name, Object lineNo, byte[] bytes) {
        String where = name + " line " + lineNo;
        if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        try {
            String s = Bytes.decode(bytes, where, options.maxBytes());
            JsonNode n;
            try {
                n = JSON.readTree(s);
            } catch (JsonProcessingException e) {
                throw new SitrepException(ErrorCode.E_JSONL_SYNTAX, name, lineNo, e.getOriginalMessage());
            }
            if (n == null || !n.isObject()) {
                throw new SitrepException(ErrorCode.E_JSONL_SYNTAX, name, lineNo, "not a JSON object");
            }
            String id = text(n, "id");
            if (id == null || id.isBlank()) {
                throw new SitrepException(ErrorCode.E_JSONL_FIELD, name, lineNo, "\"id\"");
            }
            String text = text(n, "text");
            String html = text(n, "html");
            String title = text(n, "title");
            LocalDate pageDate = null;
            if (text == null && html != null) {
                HtmlExtractor.Page page = HtmlExtractor.extract(html);
                text = page.text();
                if (title == null) {
                    title = page.title();
                }
                if (page.published() != null) {
                    pageDate = LocalDate.parse(page.published());
                }
            }
            if (text == null) {
                throw new SitrepException(ErrorCode.E_JSONL_FIELD, name, lineNo, "\"text\" or \"html\"");
            }
            if (text.isBlank()) {
                throw new SitrepException(ErrorCode.E_EMPTY, where + " (id " + id + ")");
            }
            LocalDate published = null;
            String pub = text(n, "published");
            if (pub != null && !pub.isBlank()) {
                published = parseDate(pub, where);
            }
            DocumentMeta meta = meta(text, text(n, "url"), title, published, pageDate, "html");
            return new InputItem.Doc(where, Document.of(id, text, meta));
        } catch (SitrepException e) {
            return new InputItem.Failure(where, e.getMessage());
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Accepts YYYY-MM-DD, an ISO timestamp, or YYYYMMDD. */
    public static LocalDate parseDate(String s, String where) {
        String t = s.strip();
        try {
            if (t.matches("\\d{8}")) {
                return LocalDate.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(4, 6)), Integer.parseInt(t.substring(6)));
            }
            if (t.length() >= 10) {
                return LocalDate.parse(t.substring(0, 10));
            }
            return LocalDate.parse(t);
        } catch (java.time.DateTimeException e) {
            throw new SitrepException(ErrorCode.E_DATE, where, s);
        }
    }
}
