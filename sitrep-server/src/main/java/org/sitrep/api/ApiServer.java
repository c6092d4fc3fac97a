package org.sitrep.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sitrep.errors.SitrepException;
import org.sitrep.export.EventWriter;
import org.sitrep.export.EventJson;
import org.sitrep.ingest.InputItem;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentMeta;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.SourceRef;
import org.sitrep.pipeline.DocumentRunner;
import org.sitrep.store.Correction;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Ingestor;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;

/**
 * The HTTP API and the web page (see {@code /api/openapi.json}). Reads are open; writes (document ingest,
 * corrections) need {@code Authorization: Bearer TOKEN} with the token from the data directory. Errors are JSON
 * {@code {"error": "...", "status": N}}.
 */
public final class ApiServer implements AutoCloseable {
    /** Largest request body accepted (POST /api/documents). */
    public static final long MAX_BODY = 8L * 1024 * 1024;
    static final int CONTEXT = 240;

    private final Store store;
    private final DocumentRunner runner;
    private final ApiToken token;
    private final Javalin app;

    public ApiServer(Store store, DocumentRunner runner, ApiToken token) {
        this.store = store;
        this.runner = runner;
        this.token = token;
        boolean page = ApiServer.class.getResource("/sitrep/web/index.html") != null;
        this.app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.maxRequestSize = MAX_BODY;
            cfg.jsonMapper(new JavalinJackson(EventJson.MAPPER, false));
            if (page) {
                cfg.staticFiles.add(sf -> {
                    sf.hostedPath = "/";
                    sf.directory = "/sitrep/web";
                    sf.location = Location.CLASSPATH;
                });
            }
        });
        if (!page) {
            app.get("/", ctx -> ctx.html("<!doctype html><p>sitrep API is running; the web page was not built"
                    + " (build with npm available, without -DskipNpm). See <a href=\"/api/openapi.json\">/api/openapi.json</a>.</p>"));
        }
        routes();
    }

    private void routes() {
        app.get("/api/events", this::events);
        // <id>: event ids derive from document ids, which may be paths or URLs with slashes
        app.get("/api/events/<id>", ctx -> event(ctx, ctx.pathParam("id"), false));
        app.get("/api/event", ctx -> event(ctx, required(ctx, "id"), true));
        app.get("/api/timeline", this::timeline);
        app.get("/api/actors", this::actors);
        app.get("/api/export.csv", ctx -> export(ctx, "csv"));
        app.get("/api/export.geojson", ctx -> export(ctx, "geojson"));
        app.get("/api/export.jsonl", ctx -> export(ctx, "jsonl"));
        app.get("/api/openapi.json", ctx -> {
            try (InputStream in = ApiServer.class.getResourceAsStream("/sitrep/openapi.json")) {
                ctx.contentType("application/json").result(in.readAllBytes());
            }
        });
        app.get("/api/stats", ctx -> ctx.json(store.counts()));
        app.post("/api/documents", this::documents);
        app.post("/api/events/{id}/reject", ctx -> correct(ctx, ctx.pathParam("id"), Correction.Kind.REJECT, null));
        app.patch("/api/events/{id}", ctx -> correct(ctx, ctx.pathParam("id"), Correction.Kind.SET, null));
        app.post("/api/events/{id}/merge", ctx -> correct(ctx, ctx.pathParam("id"), Correction.Kind.MERGE, null));
        app.post("/api/events/{id}/split", ctx -> correct(ctx, ctx.pathParam("id"), Correction.Kind.SPLIT, null));
        // the same for any event id (slashes included): {"event_id", "kind": reject|set|merge|split, ...payload}
        app.post("/api/corrections", ctx -> {
            JsonNode b = body(ctx);
            if (!b.isObject() || !b.path("event_id").isTextual() || !b.path("kind").isTextual()) {
                throw new ApiError(400, "send {\"event_id\": \"...\", \"kind\": \"reject|set|merge|split\", ...} with the payload"
                        + " fields of that kind (reason, fields, with, docs)");
            }
            Correction.Kind kind;
            try {
                kind = Correction.Kind.valueOf(b.path("kind").asText().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ApiError(400, "kind '" + b.path("kind").asText() + "' is unknown; use reject, set, merge or split");
            }
            ObjectNode payload = ((ObjectNode) b).deepCopy();
            payload.remove("event_id");
            payload.remove("kind");
            correct(ctx, b.path("event_id").asText(), kind, payload);
        });
        app.get("/api/corrections", ctx -> {
            ArrayNode a = EventJson.MAPPER.createArrayNode();
            for (Correction c : store.corrections()) {
                a.addObject().put("id", c.id()).put("event_id", c.eventId()).put("kind", c.kind().name().toLowerCase(Locale.ROOT))
                        .set("payload", c.payload());
            }
            ctx.json(a);
        });
        app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getStatus() == 413
                ? "request body larger than " + MAX_BODY + " bytes; send fewer documents per request" : e.getMessage()));
        app.exception(StoreException.class, (e, ctx) -> error(ctx, 503, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + e + "; please report it"));
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.path().startsWith("/api/")) {
                error(ctx, 404, "no such resource " + ctx.path() + "; see /api/openapi.json for the endpoints");
            }
        });
        app.error(405, ctx -> error(ctx, 405, "method " + ctx.method() + " not allowed on " + ctx.path() + "; see /api/openapi.json"));
    }

    static void error(Context ctx, int status, String message) {
        ObjectNode o = EventJson.MAPPER.createObjectNode();
        o.put("error", message);
        o.put("status", status);
        ctx.status(status).contentType("application/json").result(o.toString());
    }

    public ApiServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    // ------------------------------------------------------------------ reads

    private void events(Context ctx) {
        EventQuery q = Filters.from(ctx, 100);
        Store.RawPage p = store.queryRaw(q);
        // stored events are already event.schema.json text: pass them on without re-encoding
        StringBuilder sb = new StringBuilder(256 + p.json().stream().mapToInt(String::length).sum());
        sb.append("{\"total\":").append(p.total()).append(",\"limit\":").append(q.limit()).append(",\"offset\":").append(q.offset())
                .append(",\"events\":[");
        for (int i = 0; i < p.json().size(); i++) {
            sb.append(i == 0 ? "" : ",").append(p.json().get(i));
        }
        sb.append("]}");
        ctx.contentType("application/json").result(sb.toString());
    }

    static String required(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            throw new ApiError(400, "give the query parameter " + name);
        }
        return v;
    }

    /**
     * One event. An id that a merge, reprocess or analyst's merge replaced answers 308 Permanent Redirect to the
     * current event's URL (Location; the JSON body names it too), so saved links keep working and clients can update them.
     */
    private void event(Context ctx, String id, boolean byQuery) {
        Optional<Event> found = store.event(id);
        if (found.isEmpty()) {
            String now = store.resolve(id).orElseThrow(() -> new ApiError(404, "no event with id '" + id + "'; list ids with /api/events"));
            String location = byQuery ? "/api/event?id=" + URLEncoder.encode(now, StandardCharsets.UTF_8) : "/api/events/" + pathSegment(now);
            ObjectNode o = EventJson.MAPPER.createObjectNode();
            o.put("moved_to", now);
            o.put("location", location);
            o.put("message", "event '" + id + "' is now part of event '" + now + "'; follow the Location header and update saved links");
            ctx.status(308).header("Location", location).contentType("application/json").result(o.toString());
            return;
        }
        Event e = found.get();
        ObjectNode o = EventJson.MAPPER.createObjectNode();
        o.set("event", EventJson.toJson(e));
        o.put("rejected", store.rejected(id));
        ArrayNode sources = o.putArray("sources");
        for (SourceRef s : e.sources()) {
            ObjectNode n = sources.addObject().put("doc", s.doc()).put("url", s.url()).put("title", s.title()).put("published", s.published());
            store.document(s.doc()).ifPresent(d -> n.put("duplicate_of", d.duplicateOf()));
        }
        ArrayNode ev = o.putArray("evidence");
        for (Evidence x : e.evidence()) {
            ObjectNode n = ev.addObject().put("doc", x.doc()).put("start", x.start()).put("end", x.end()).put("quote", x.quote());
            store.document(x.doc()).ifPresent(d -> {
                String t = d.text();
                if (x.start() >= 0 && x.end() <= t.length() && x.start() <= x.end()) {
                    int from = sentenceStart(t, Math.max(0, x.start() - CONTEXT), x.start());
                    int to = sentenceEnd(t, x.end(), Math.min(t.length(), x.end() + CONTEXT));
                    n.put("context", t.substring(from, to));
                    n.put("context_start", from);
                    n.put("highlight_start", x.start() - from);
                    n.put("highlight_end", x.end() - from);
                }
            });
        }
        ctx.json(o);
    }

    /** {@code id} as URL path text: percent-encoded, its slashes kept (the route takes ids with slashes). */
    static String pathSegment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/");
    }

    static int sentenceStart(String t, int min, int start) {
        for (int i = start - 1; i > min; i--) {
            char c = t.charAt(i);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < start && Character.isWhitespace(t.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return min;
    }

    static int sentenceEnd(String t, int end, int max) {
        for (int i = end; i < max; i++) {
            char c = t.charAt(i);
            if (c == '\n') {
                return i;
            }
            if ((c == '.' || c == '!' || c == '?') && (i + 1 >= t.length() || Character.isWhitespace(t.charAt(i + 1))) && i >= end) {
                return i + 1;
            }
        }
        return max;
    }

    private void timeline(Context ctx) {
        String by = Filters.or(ctx.queryParam("by"), "week");
        if (!by.equals("week") && !by.equals("month")) {
            throw new ApiError(400, "by '" + by + "' is unknown; use week or month");
        }
        String group = Filters.or(ctx.queryParam("group"), "type");
        if (!group.equals("type") && !group.equals("admin1")) {
            throw new ApiError(400, "group '" + group + "' is unknown; use type or admin1");
        }
        EventQuery q = Filters.from(ctx, 100);
        List<Store.DatedRow> rows = store.dated(q, group);
        TreeMap<LocalDate, Map<String, Integer>> buckets = new TreeMap<>();
        TreeMap<String, Integer> totals = new TreeMap<>();
        int undated = 0;
        for (Store.DatedRow r : rows) {
            if (r.start() == null) {
                undated += r.weight();
                continue;
            }
            LocalDate b = bucket(r.start(), by);
            String g = r.group() == null ? "unknown" : r.group();
            buckets.computeIfAbsent(b, k -> new TreeMap<>()).merge(g, r.weight(), Integer::sum);
            totals.merge(g, r.weight(), Integer::sum);
        }
        ObjectNode o = EventJson.MAPPER.createObjectNode();
        o.put("by", by);
        o.put("group", group);
        ArrayNode keys = o.putArray("buckets");
        ObjectNode series = o.putObject("series");
        List<LocalDate> all = new ArrayList<>();
        if (!buckets.isEmpty()) {
            for (LocalDate d = buckets.firstKey(); !d.isAfter(buckets.lastKey()); d = by.equals("week") ? d.plusWeeks(1) : d.plusMonths(1)) {
                all.add(d);
                if (all.size() > 5000) {
                    throw new ApiError(400, "the date range spans more than 5000 " + by + "s; narrow it with from and to, or use by=month");
                }
            }
        }
        all.forEach(d -> keys.add(by.equals("week") ? d.toString() : d.toString().substring(0, 7)));
        for (String g : totals.keySet()) {
            ArrayNode s = series.putArray(g);
            for (LocalDate d : all) {
                s.add(buckets.getOrDefault(d, Map.of()).getOrDefault(g, 0));
            }
        }
        o.put("undated", undated);
        o.put("weighted_by", "incidents");
        ctx.json(o);
    }

    static LocalDate bucket(LocalDate d, String by) {
        return by.equals("week") ? d.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)) : d.withDayOfMonth(1);
    }

    private void actors(Context ctx) {
        int limit = Filters.integer(ctx, "limit", 20, 1, 200);
        ArrayNode a = EventJson.MAPPER.createArrayNode();
        for (Store.ActorCount c : store.actors(Filters.or(ctx.queryParam("q"), ""), limit)) {
            a.addObject().put("name", c.name()).put("id", c.id()).put("events", c.events());
        }
        ctx.json(a);
    }

    private void export(Context ctx, String format) throws IOException {
        EventQuery q = Filters.from(ctx, EventQuery.MAX_LIMIT);
        EventQuery all = q.page(Integer.MAX_VALUE, 0);
        String type = switch (format) {
            case "csv" -> "text/csv; charset=utf-8";
            case "geojson" -> "application/geo+json";
            default -> "application/x-ndjson";
        };
        ctx.contentType(type);
        ctx.header("Content-Disposition", "attachment; filename=\"sitrep-events." + format + "\"");
        OutputStream os = ctx.outputStream();
        Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
        write(store, all, format, w);
        w.flush();
    }

    /** Writes the events matching {@code q} as csv, geojson or jsonl (shared with `sitrep export`). */
    public static void write(Store store, EventQuery q, String format, Writer w) throws IOException {
        EventWriter out = new EventWriter(w, EventWriter.Format.of(format));
        try {
            store.forEach(q, e -> {
                try {
                    out.write(e);
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            });
        } catch (UncheckedIOException x) {
            throw x.getCause();
        }
        out.finish();
    }

    // ------------------------------------------------------------------ writes

    private void auth(Context ctx) {
        if (!token.accepts(ctx.header("Authorization"))) {
            throw new ApiError(401, "this request changes data and needs 'Authorization: Bearer TOKEN'; the token is in "
                    + token.file() + " (created at the server's first start)");
        }
    }

    private JsonNode body(Context ctx) {
        String b = ctx.body();
        if (b.isBlank()) {
            throw new ApiError(400, "the request body is empty; send a JSON object");
        }
        try {
            return EventJson.MAPPER.readTree(b);
        } catch (IOException e) {
            throw new ApiError(400, "the request body is not valid JSON (" + e.getMessage().split("\n")[0] + ")");
        }
    }

    private void documents(Context ctx) {
        auth(ctx);
        if (runner == null) {
            throw new ApiError(503, "this server was started without a pipeline; restart it with `sitrep serve`");
        }
        JsonNode body = body(ctx);
        List<JsonNode> docs = new ArrayList<>();
        if (body.isArray()) {
            body.forEach(docs::add);
        } else {
            docs.add(body);
        }
        List<InputItem> items = new ArrayList<>();
        int i = 0;
        for (JsonNode d : docs) {
            i++;
            String where = "document " + i;
            if (!d.isObject() || !d.path("id").isTextual() || !(d.path("text").isTextual() || d.path("html").isTextual())) {
                throw new ApiError(400, where + " needs \"id\" and \"text\" or \"html\" (strings), like a JSON Lines input line");
            }
            String text = d.path("text").isTextual() ? d.path("text").asText()
                    : org.sitrep.ingest.HtmlExtractor.extract(d.path("html").asText()).text();
            if (text.isBlank()) {
                throw new ApiError(400, where + " (" + d.path("id").asText() + ") has no text");
            }
            LocalDate pub = null;
            if (d.path("published").isTextual()) {
                try {
                    pub = LocalDate.parse(d.path("published").asText().substring(0, Math.min(10, d.path("published").asText().length())));
                } catch (RuntimeException e) {
                    throw new ApiError(400, where + ": published '" + d.path("published").asText() + "' is not a date; give YYYY-MM-DD");
                }
            }
            DocumentMeta meta = new DocumentMeta(d.path("url").isTextual() ? d.path("url").asText() : null,
                    d.path("title").isTextual() ? d.path("title").asText() : null, pub, pub == null ? null : "jsonl", null);
            if (pub == null) {
                LocalDate dl = org.sitrep.ingest.Datelines.find(text);
                if (dl != null) {
                    meta = meta.withPublished(dl, "dateline");
                }
            }
            items.add(new InputItem.Doc(d.path("id").asText(), Document.of(d.path("id").asText(), text, meta)));
        }
        java.io.ByteArrayOutputStream errBytes = new java.io.ByteArrayOutputStream();
        Ingestor.Summary s;
        try (java.io.PrintStream err = new java.io.PrintStream(errBytes, true, StandardCharsets.UTF_8)) {
            s = new Ingestor(store, runner).ingest(items, err);
        } catch (SitrepException e) {
            throw new ApiError(400, e.getMessage());
        }
        ObjectNode o = EventJson.MAPPER.createObjectNode();
        o.put("documents", items.size());
        o.put("stored", s.stored());
        o.put("unchanged", s.outcomes().getOrDefault(Store.Outcome.UNCHANGED, 0));
        o.put("near_duplicates", s.outcomes().getOrDefault(Store.Outcome.NEAR_DUPLICATE, 0));
        o.put("skipped", s.failed());
        o.put("events", s.events());
        String err = errBytes.toString(StandardCharsets.UTF_8).strip();
        if (!err.isEmpty()) {
            ArrayNode a = o.putArray("messages");
            for (String line : err.split("\n")) {
                a.add(line);
            }
        }
        ctx.status(s.failed() == items.size() ? 422 : 200).json(o);
    }

    private void correct(Context ctx, String given0, Correction.Kind kind, ObjectNode given) {
        auth(ctx);
        // an old (replaced) id corrects the event that holds it now
        String id = store.resolve(given0).orElse(given0);
        Event e = store.event(id).orElseThrow(() -> new ApiError(404, "no event with id '" + id + "'; list ids with /api/events"));
        JsonNode body = given != null ? given
                : kind == Correction.Kind.REJECT && ctx.body().isBlank() ? EventJson.MAPPER.createObjectNode() : body(ctx);
        if (!body.isObject()) {
            throw new ApiError(400, "the request body must be a JSON object");
        }
        ObjectNode payload = (ObjectNode) body;
        switch (kind) {
            case SET -> {
                if (!payload.path("fields").isObject()) {
                    throw new ApiError(400, "send {\"fields\": {...}} with the fields to change, spelled as in event.schema.json");
                }
                try {
                    ObjectNode json = EventJson.toJson(e);
                    payload.path("fields").fields().forEachRemaining(f -> json.set(f.getKey(), f.getValue()));
                    org.sitrep.store.EventReader.fromJson(json);
                } catch (RuntimeException x) {
                    throw new ApiError(400, "the corrected event is not valid: " + x.getMessage()
                            + "; spell fields as event.schema.json does");
                }
            }
            case MERGE -> {
                if (!payload.path("with").isArray() || payload.path("with").isEmpty()) {
                    throw new ApiError(400, "send {\"with\": [\"event id\", ...]} naming the events to merge into this one");
                }
                ArrayNode current = EventJson.MAPPER.createArrayNode();
                payload.path("with").forEach(w -> current.add(store.resolve(w.asText()).orElse(w.asText())));
                payload.set("with", current);
                for (JsonNode w : payload.path("with")) {
                    Event other = store.event(w.asText()).orElseThrow(() -> new ApiError(404, "no event with id '" + w.asText() + "' to merge"));
                    if (!Store.partition(other).equals(Store.partition(e))) {
                        throw new ApiError(400, "event '" + w.asText() + "' is in another country or event group (" + Store.partition(other)
                                + " vs " + Store.partition(e) + "); correct its country or type first");
                    }
                }
            }
            case SPLIT -> {
                if (!payload.path("docs").isArray() || payload.path("docs").isEmpty()) {
                    throw new ApiError(400, "send {\"docs\": [\"document id\", ...]} naming the reports to split out");
                }
                for (JsonNode d : payload.path("docs")) {
                    if (e.sources().stream().noneMatch(s -> s.doc().equals(d.asText()))) {
                        throw new ApiError(400, "document '" + d.asText() + "' is not a source of event '" + id + "'");
                    }
                }
                if (payload.path("docs").size() >= e.sources().size()) {
                    throw new ApiError(400, "splitting out every source leaves nothing; name only some of the sources");
                }
            }
            default -> { }
        }
        long cid = store.correct(new Correction(0, id, kind, payload));
        ObjectNode o = EventJson.MAPPER.createObjectNode();
        o.put("correction", cid);
        store.event(id).ifPresent(x -> o.set("event", EventJson.toJson(x)));
        ctx.json(o);
    }

    static long days(LocalDate a, LocalDate b) {
        return ChronoUnit.DAYS.between(a, b);
    }

    static ReadOptions readOptions() {
        return ReadOptions.defaults();
    }
}
