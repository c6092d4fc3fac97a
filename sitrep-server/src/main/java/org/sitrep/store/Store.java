package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.sitrep.export.EventCsv;
import org.sitrep.export.EventJson;
import org.sitrep.merge.BlockingKey;
import org.sitrep.merge.EventMerger;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.Evidence;

/**
 * The event store over JDBC: an embedded H2 database in a data directory (the default), or PostgreSQL given a
 * {@code jdbc:postgresql://} URL. The schema is created and migrated by Flyway on open. Every statement is
 * parameterised.
 *
 * <p>Tables: {@code documents} (text, content hash, MinHash signature; {@code doc_bands} its LSH bands), {@code doc_events} (machine output per document),
 * {@code events} (merged events with corrections applied, what readers see; narrow rows, the JSON in {@code event_json}), {@code event_actors},
 * {@code corrections} (analyst work, kept apart from machine output), {@code dirty_partitions}, and {@code event_aliases} (replaced event
 * ids and their successors, so that ids users saved keep answering: {@link #resolve}).
 *
 * <p><b>Durability.</b> A document and its events are written in one transaction, together with the names of the
 * partitions (country and event group) whose merged events must be rebuilt; {@link #rebuildDirty()} rebuilds and
 * clears them in one transaction per partition. A process killed at any point leaves each document either fully
 * stored or absent, and the next run finishes the rebuild.
 */
public final class Store implements AutoCloseable {
    /** The outcome of storing one document. */
    public enum Outcome { STORED, UNCHANGED, REPLACED, NEAR_DUPLICATE }

    /** A stored document. */
    public record StoredDoc(String id, String url, String title, String published, String text, String duplicateOf) {
    }

    /** A page of events and the number matching the filters. */
    public record Page(List<Event> events, long total) {
    }

    /** A named actor and the number of events it appears in. */
    public record ActorCount(String name, String id, long events) {
    }

    /** A row of the timeline query: start date, grouping value and weight. */
    public record DatedRow(LocalDate start, String group, int weight) {
    }

    private final String url;
    private final boolean h2;
    private final BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(16);
    private final Object writeLock = new Object();
    private Connection keeper;

    private Store(String url) {
        this.url = url;
        this.h2 = url.startsWith("jdbc:h2:");
    }

    /** Opens (creating and migrating if needed) the store: {@code jdbcUrl} when given, else H2 under {@code dataDir}. */
    public static Store open(Path dataDir, String jdbcUrl) {
        String url;
        if (jdbcUrl != null) {
            if (!jdbcUrl.startsWith("jdbc:postgresql:") && !jdbcUrl.startsWith("jdbc:h2:")) {
                throw new StoreException("--db " + jdbcUrl + ": unsupported database; give jdbc:postgresql://HOST:PORT/DB?user=U&password=P"
                        + " or leave --db out to use the embedded store in --data");
            }
            url = jdbcUrl;
        } else {
            try {
                Files.createDirectories(dataDir);
            } catch (java.io.IOException e) {
                throw new StoreException("--data " + dataDir + ": cannot create the data directory (" + e.getMessage()
                        + "); give a writable directory", e);
            }
            url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("sitrep").toString().replace('\\', '/')
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;CACHE_SIZE=131072";
        }
        Store s = new Store(url);
        s.migrate();
        if (s.h2) {
            // keep the embedded database open (and its file locked against other processes) while the store is open
            try {
                s.keeper = DriverManager.getConnection(url);
            } catch (SQLException e) {
                throw new StoreException(s.describe(e), e);
            }
        }
        return s;
    }

    public String url() {
        return url.replaceAll("password=[^&;]*", "password=***");
    }

    private void migrate() {
        try {
            Flyway.configure(Store.class.getClassLoader()).dataSource(url, null, null).locations("classpath:db/migration")
                    .placeholders(Map.of("text", h2 ? "CLOB" : "TEXT", "json", h2 ? "VARCHAR(1000000)" : "TEXT")).load().migrate();
        } catch (RuntimeException e) {
            throw new StoreException(describe(e), e);
        }
    }

    private String describe(Throwable e) {
        String m = String.valueOf(e.getMessage());
        Throwable c = e;
        while (c.getCause() != null) {
            c = c.getCause();
            m = String.valueOf(c.getMessage());
        }
        if (m.contains("already in use") || m.contains("locked by another process") || m.contains("file is locked")) {
            return "the data directory is in use by another sitrep process (is `sitrep serve` running?); stop it, or send"
                    + " documents to the running server with POST /api/documents";
        }
        return "store " + url() + ": " + m + "; check --data / --db (for PostgreSQL: is the server running, do user and password match?)";
    }

    Connection connection() throws SQLException {
        Connection c = pool.poll();
        if (c != null && !c.isClosed()) {
            return c;
        }
        return DriverManager.getConnection(url);
    }

    void release(Connection c) {
        try {
            if (c.isClosed()) {
                return;
            }
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
            if (!pool.offer(c)) {
                c.close();
            }
        } catch (SQLException e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing
            }
        }
    }

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    <T> T read(Work<T> w) {
        Connection c = null;
        try {
            c = connection();
            return w.run(c);
        } catch (SQLException e) {
            throw new StoreException(describe(e), e);
        } finally {
            if (c != null) {
                release(c);
            }
        }
    }

    /** Writes everything pending to disk now (embedded store: H2's CHECKPOINT SYNC; PostgreSQL: nothing to do). */
    public void checkpoint() {
        if (!h2) {
            return;
        }
        read(c -> {
            try (java.sql.Statement st = c.createStatement()) {
                st.execute("CHECKPOINT SYNC");
            }
            return null;
        });
    }

    <T> T tx(Work<T> w) {
        Connection c = null;
        try {
            c = connection();
            c.setAutoCommit(false);
            T t = w.run(c);
            c.commit();
            return t;
        } catch (SQLException e) {
            throw new StoreException(describe(e), e);
        } finally {
            if (c != null) {
                release(c);
            }
        }
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String partition(Event e) {
        String country = e.location().country() == null ? "??" : e.location().country().toUpperCase(Locale.ROOT);
        return country + "/" + BlockingKey.group(e.type());
    }

    /**
     * Stores one document and its machine events in one transaction. The same text twice is stored once
     * ({@link Outcome#UNCHANGED}); a new text under a known id replaces the old; a near-duplicate of another
     * document (MinHash similarity at least {@value MinHash#NEAR}) is stored and marked, and its events join the original's
     * as extra sources through merging.
     */
    public Outcome ingest(Document doc, List<Event> events) {
        String hash = sha256(doc.text());
        int[] sig = MinHash.signature(doc.text());
        synchronized (writeLock) {
            return tx(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT id FROM documents WHERE content_hash = ?")) {
                    ps.setString(1, hash);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            return Outcome.UNCHANGED;
                        }
                    }
                }
                boolean replaced = false;
                try (PreparedStatement ps = c.prepareStatement("SELECT id FROM documents WHERE id = ?")) {
                    ps.setString(1, doc.id());
                    try (ResultSet rs = ps.executeQuery()) {
                        replaced = rs.next();
                    }
                }
                if (replaced) {
                    markDirty(c, partitionsOf(c, doc.id()));
                    delete(c, "DELETE FROM doc_events WHERE doc_id = ?", doc.id());
                    delete(c, "DELETE FROM documents WHERE id = ?", doc.id());
                    delete(c, "DELETE FROM doc_bands WHERE doc_id = ?", doc.id());
                }
                String dupOf = nearDuplicate(c, sig, doc.id());
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO documents (id, content_hash, minhash,"
                        + " duplicate_of, url, title, published, body, ingested_at) VALUES (?,?,?,?,?,?,?,?,?)")) {
                    ps.setString(1, doc.id());
                    ps.setString(2, hash);
                    ps.setString(3, MinHash.encode(sig));
                    ps.setString(4, dupOf);
                    ps.setString(5, doc.meta().url());
                    ps.setString(6, doc.meta().title());
                    ps.setString(7, doc.meta().published() == null ? null : doc.meta().published().toString());
                    ps.setString(8, doc.text());
                    ps.setTimestamp(9, Timestamp.from(Instant.now()));
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO doc_bands (doc_id, band, h) VALUES (?,?,?)")) {
                    for (int b = 0; b < MinHash.BANDS; b++) {
                        ps.setString(1, doc.id());
                        ps.setInt(2, b);
                        ps.setInt(3, MinHash.band(sig, b));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                markDirty(c, insertEvents(c, doc.id(), events));
                return replaced ? Outcome.REPLACED : dupOf != null ? Outcome.NEAR_DUPLICATE : Outcome.STORED;
            });
        }
    }

    /** Replaces the machine events of a stored document (reprocess); corrections are untouched. */
    public void replaceEvents(String docId, List<Event> events) {
        synchronized (writeLock) {
            tx(c -> {
                markDirty(c, partitionsOf(c, docId));
                delete(c, "DELETE FROM doc_events WHERE doc_id = ?", docId);
                markDirty(c, insertEvents(c, docId, events));
                return null;
            });
        }
    }

    private Set<String> insertEvents(Connection c, String docId, List<Event> events) throws SQLException {
        Set<String> parts = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO doc_events (doc_id, idx, event_id, partition_key, json) VALUES (?,?,?,?,?)")) {
            int i = 0;
            for (Event e : events) {
                Event x = e.id() == null ? e.withId(docId + ":" + e.start() + ":" + e.type().json()) : e;
                String p = partition(x);
                parts.add(p);
                ps.setString(1, docId);
                ps.setInt(2, i++);
                ps.setString(3, x.id());
                ps.setString(4, p);
                ps.setString(5, EventJson.line(x));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return parts;
    }

    private String nearDuplicate(Connection c, int[] sig, String selfId) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT d.id, d.minhash FROM documents d WHERE d.id <> ? AND d.duplicate_of IS NULL"
                + " AND d.id IN (SELECT doc_id FROM doc_bands WHERE ");
        for (int b = 0; b < MinHash.BANDS; b++) {
            sql.append(b == 0 ? "" : " OR ").append("(band = ? AND h = ?)");
        }
        sql.append(") ORDER BY d.id");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            ps.setString(1, selfId);
            for (int b = 0; b < MinHash.BANDS; b++) {
                ps.setInt(2 + 2 * b, b);
                ps.setInt(3 + 2 * b, MinHash.band(sig, b));
            }
            String best = null;
            double top = MinHash.NEAR;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double sim = MinHash.similarity(sig, MinHash.decode(rs.getString(2)));
                    if (sim >= top && (best == null || sim > top)) {
                        best = rs.getString(1);
                        top = sim;
                    }
                }
            }
            return best;
        }
    }

    private static Set<String> partitionsOf(Connection c, String docId) throws SQLException {
        Set<String> out = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT partition_key FROM doc_events WHERE doc_id = ?")) {
            ps.setString(1, docId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static void markDirty(Connection c, Set<String> parts) throws SQLException {
        for (String p : parts) {
            try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM dirty_partitions WHERE partition_key = ?")) {
                q.setString(1, p);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        continue;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO dirty_partitions (partition_key) VALUES (?)")) {
                ps.setString(1, p);
                ps.executeUpdate();
            }
        }
    }

    private static int delete(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            return ps.executeUpdate();
        }
    }

    /** Rebuilds the merged events of every partition marked dirty; returns the number of partitions rebuilt. */
    public int rebuildDirty() {
        synchronized (writeLock) {
            List<String> parts = read(c -> {
                List<String> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT partition_key FROM dirty_partitions ORDER BY partition_key");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            });
            for (String p : parts) {
                tx(c -> {
                    rebuild(c, p);
                    delete(c, "DELETE FROM dirty_partitions WHERE partition_key = ?", p);
                    return null;
                });
            }
            return parts.size();
        }
    }

    /** Marks every partition dirty and rebuilds (after corrections were added, or to recover). */
    public int rebuildAll() {
        synchronized (writeLock) {
            tx(c -> {
                Set<String> parts = new TreeSet<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT partition_key FROM doc_events");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        parts.add(rs.getString(1));
                    }
                }
                markDirty(c, parts);
                return null;
            });
        }
        return rebuildDirty();
    }

    private void rebuild(Connection c, String partition) throws SQLException {
        List<Event> machine = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT json FROM doc_events WHERE partition_key = ? ORDER BY doc_id, idx")) {
            ps.setString(1, partition);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    machine.add(EventReader.parse(rs.getString(1)));
                }
            }
        }
        List<Correction> corrections = corrections(c);
        Corrections.Result merged = Corrections.apply(EventMerger.cluster(machine), corrections);
        writeAliases(c, aliases(c, partition, merged));
        for (String t : new String[] {"event_actors WHERE event_id", "event_json WHERE id"}) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + t + " IN (SELECT id FROM events WHERE partition_key = ?)")) {
                ps.setString(1, partition);
                ps.executeUpdate();
            }
        }
        delete(c, "DELETE FROM events WHERE partition_key = ?", partition);
        writeEvents(c, partition, merged.events(), merged.rejected(), merged.corrected());
    }

    /**
     * The ids this rebuild replaces, each with the id that takes its place (see V3__event_aliases.sql): every machine
     * event that joined another's merged event maps to that event's id (a later, earlier-dated report, or an analyst's
     * merge); every event id stored in the partition before that no machine event carries any more (a reprocess that
     * re-typed the report, a replaced document) maps to the machine event that now holds most of its evidence spans (at
     * least half; same document, overlapping offsets), which resolves in turn. Read before the partition's old rows are
     * deleted.
     */
    private static Map<String, String> aliases(Connection c, String partition, Corrections.Result merged) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        merged.heads().forEach((member, head) -> {
            if (!member.equals(head)) {
                out.put(member, head);
            }
        });
        List<String> gone = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM events WHERE partition_key = ? ORDER BY id")) {
            ps.setString(1, partition);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!merged.heads().containsKey(rs.getString(1))) {
                        gone.add(rs.getString(1));
                    }
                }
            }
        }
        for (String old : gone) {
            boolean carried;
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM doc_events WHERE event_id = ?")) {
                ps.setString(1, old);
                try (ResultSet rs = ps.executeQuery()) {
                    carried = rs.next(); // moved to another partition: that partition's rebuild maps it
                }
            }
            if (!carried) {
                String successor = successor(c, old);
                if (successor != null) {
                    out.put(old, successor);
                }
            }
        }
        return out;
    }

    /** The machine event holding most of the stored event {@code old}'s evidence spans (at least half), else null. */
    private static String successor(Connection c, String old) throws SQLException {
        List<Evidence> spans;
        try (PreparedStatement ps = c.prepareStatement("SELECT json FROM event_json WHERE id = ?")) {
            ps.setString(1, old);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                spans = EventReader.parse(rs.getString(1)).evidence();
            }
        }
        Map<String, Integer> hits = new LinkedHashMap<>();
        Set<String> docs = new TreeSet<>();
        spans.forEach(x -> docs.add(x.doc()));
        for (String doc : docs) {
            try (PreparedStatement ps = c.prepareStatement("SELECT event_id, json FROM doc_events WHERE doc_id = ? ORDER BY idx")) {
                ps.setString(1, doc);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Event m = EventReader.parse(rs.getString(2));
                        for (Evidence s : spans) {
                            if (m.evidence().stream().anyMatch(x -> x.doc().equals(s.doc()) && x.start() < s.end() && s.start() < x.end())) {
                                hits.merge(rs.getString(1), 1, Integer::sum);
                            }
                        }
                    }
                }
            }
        }
        String best = null;
        int top = 0;
        for (Map.Entry<String, Integer> h : hits.entrySet()) {
            if (h.getValue() > top && !h.getKey().equals(old)) {
                best = h.getKey();
                top = h.getValue();
            }
        }
        return top * 2 >= spans.size() ? best : null;
    }

    /** Upserts alias rows (portable: H2 and PostgreSQL), writing only those that are new or changed. */
    private static void writeAliases(Connection c, Map<String, String> aliases) throws SQLException {
        if (aliases.isEmpty()) {
            return;
        }
        Map<String, String> stored = byKeys(c, "SELECT old_id, new_id FROM event_aliases WHERE old_id IN (",
                new ArrayList<>(aliases.keySet()));
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement del = c.prepareStatement("DELETE FROM event_aliases WHERE old_id = ?");
             PreparedStatement ins = c.prepareStatement("INSERT INTO event_aliases (old_id, new_id, created_at) VALUES (?,?,?)")) {
            int n = 0;
            for (Map.Entry<String, String> a : aliases.entrySet()) {
                String was = stored.get(a.getKey());
                if (a.getValue().equals(was)) {
                    continue;
                }
                if (was != null) {
                    del.setString(1, a.getKey());
                    del.addBatch();
                }
                ins.setString(1, a.getKey());
                ins.setString(2, a.getValue());
                ins.setTimestamp(3, now);
                ins.addBatch();
                n++;
            }
            if (n > 0) {
                del.executeBatch();
                ins.executeBatch();
            }
        }
    }

    private static void writeEvents(Connection c, String partition, List<Event> merged, Set<String> rejected, Set<String> corrected)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO events (id, partition_key, type, subtype, date_start, date_end,"
                + " country, admin1, location, lat, lon, fatalities, incidents, n_sources, rejected, corrected)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement pj = c.prepareStatement("INSERT INTO event_json (id, search_lc, json) VALUES (?,?,?)");
             PreparedStatement pa = c.prepareStatement(
                     "INSERT INTO event_actors (event_id, role, name, name_lc, actor_id) VALUES (?,?,?,?,?)")) {
            int n = 0;
            for (Event e : merged) {
                ps.setString(1, e.id());
                ps.setString(2, partition);
                ps.setString(3, e.type().json());
                ps.setString(4, e.subtype().json());
                setDate(ps, 5, e.date().start());
                setDate(ps, 6, e.date().end());
                ps.setString(7, e.location().country());
                ps.setString(8, e.location().admin1());
                ps.setString(9, e.location().name());
                setDouble(ps, 10, e.location().lat());
                setDouble(ps, 11, e.location().lon());
                setInt(ps, 12, e.fatalities() == null ? null : e.fatalities().best());
                setInt(ps, 13, e.incidents());
                ps.setInt(14, e.sources().size());
                ps.setBoolean(15, rejected.contains(e.id()));
                ps.setBoolean(16, corrected.contains(e.id()));
                ps.addBatch();
                pj.setString(1, e.id());
                pj.setString(2, searchText(e));
                pj.setString(3, EventJson.line(e));
                pj.addBatch();
                for (EventActor a : e.actors()) {
                    if (a.name() == null) {
                        continue;
                    }
                    pa.setString(1, e.id());
                    pa.setString(2, a.role().json());
                    pa.setString(3, a.name());
                    pa.setString(4, a.name().toLowerCase(Locale.ROOT));
                    pa.setString(5, a.id());
                    pa.addBatch();
                }
                if (++n % 500 == 0) {
                    ps.executeBatch();
                    pj.executeBatch();
                    pa.executeBatch();
                }
            }
            ps.executeBatch();
            pj.executeBatch();
            pa.executeBatch();
        }
    }

    /**
     * Writes already-merged events straight into the readers' table under their partitions, bypassing documents
     * (load tests and imports of merged data). Existing events with the same ids are replaced.
     */
    public void putMerged(List<Event> events) {
        Map<String, List<Event>> byPart = new TreeMap<>();
        for (Event e : events) {
            byPart.computeIfAbsent(partition(e), k -> new ArrayList<>()).add(e);
        }
        synchronized (writeLock) {
            boolean empty = counts().get("events") == 0 && !read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM events WHERE rejected = TRUE");
                     ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            });
            tx(c -> {
                for (Map.Entry<String, List<Event>> p : byPart.entrySet()) {
                    for (Event e : empty ? List.<Event>of() : p.getValue()) {
                        delete(c, "DELETE FROM event_actors WHERE event_id = ?", e.id());
                        delete(c, "DELETE FROM event_json WHERE id = ?", e.id());
                        delete(c, "DELETE FROM events WHERE id = ?", e.id());
                    }
                    writeEvents(c, p.getKey(), p.getValue(), Set.of(), Set.of());
                }
                return null;
            });
        }
    }

    static String searchText(Event e) {
        StringBuilder sb = new StringBuilder(EventCsv.notes(e));
        for (Evidence x : e.evidence()) {
            if (x.quote() != null) {
                sb.append('\n').append(x.quote());
            }
        }
        e.sources().forEach(s -> {
            if (s.title() != null) {
                sb.append('\n').append(s.title());
            }
        });
        String s = sb.toString().toLowerCase(Locale.ROOT);
        return s.length() > 90_000 ? s.substring(0, 90_000) : s;
    }

    private static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setDate(i, Date.valueOf(d));
        }
    }

    private static void setDouble(PreparedStatement ps, int i, Double d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, d);
        }
    }

    private static void setInt(PreparedStatement ps, int i, Integer d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, d);
        }
    }

    // ---------------------------------------------------------------- reading

    private record Where(String sql, List<Object> args) {
    }

    private static Where where(EventQuery q) {
        StringBuilder sb = new StringBuilder(" WHERE 1=1");
        List<Object> args = new ArrayList<>();
        if (!q.includeRejected()) {
            sb.append(" AND rejected = FALSE");
        }
        if (q.actor() != null) {
            sb.append(" AND id IN (SELECT event_id FROM event_actors WHERE name_lc LIKE ? ESCAPE '!' OR actor_id = ?)");
            args.add("%" + like(q.actor().toLowerCase(Locale.ROOT)) + "%");
            args.add(q.actor());
        }
        eq(sb, args, "type", q.type());
        eq(sb, args, "subtype", q.subtype());
        eq(sb, args, "country", q.country() == null ? null : q.country().toUpperCase(Locale.ROOT));
        eq(sb, args, "admin1", q.admin1());
        if (q.from() != null) {
            sb.append(" AND date_start >= ?");
            args.add(Date.valueOf(q.from()));
        }
        if (q.to() != null) {
            sb.append(" AND date_start <= ?");
            args.add(Date.valueOf(q.to()));
        }
        if (q.bbox() != null) {
            sb.append(" AND lon >= ? AND lat >= ? AND lon <= ? AND lat <= ?");
            for (double d : q.bbox()) {
                args.add(d);
            }
        }
        if (q.text() != null) {
            sb.append(" AND id IN (SELECT id FROM event_json WHERE search_lc LIKE ? ESCAPE '!')");
            args.add("%" + like(q.text().toLowerCase(Locale.ROOT)) + "%");
        }
        return new Where(sb.toString(), args);
    }

    private static void eq(StringBuilder sb, List<Object> args, String col, String v) {
        if (v != null) {
            sb.append(" AND ").append(col).append(" = ?");
            args.add(v);
        }
    }

    static String like(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }

    private static String order(String sort) {
        return switch (sort == null ? "date" : sort) {
            case "date" -> " ORDER BY date_start NULLS LAST, id";
            case "-date" -> " ORDER BY date_start DESC NULLS LAST, id";
            case "fatalities" -> " ORDER BY fatalities NULLS FIRST, id";
            case "-fatalities" -> " ORDER BY fatalities DESC NULLS LAST, id";
            case "id" -> " ORDER BY id";
            default -> throw new IllegalArgumentException("sort '" + sort + "' is not one of date, -date, fatalities, -fatalities, id");
        };
    }

    /** A page of events as their stored JSON (event.schema.json), for readers that only pass them on. */
    public record RawPage(List<String> json, long total) {
    }

    public Page query(EventQuery q) {
        RawPage raw = queryRaw(q);
        List<Event> out = new ArrayList<>(raw.json().size());
        raw.json().forEach(j -> out.add(EventReader.parse(j)));
        return new Page(out, raw.total());
    }

    public RawPage queryRaw(EventQuery q) {
        Where w = where(q);
        String order = order(q.sort());
        return read(c -> {
            // the page, then the number of matches apart: both read only the covering indexes (V2); a window function
            // (COUNT(*) OVER ()) made H2 read every matching row from the table (the load test's hottest path)
            List<String> ids = new ArrayList<>();
            int limit = Math.max(0, Math.min(q.limit(), Integer.MAX_VALUE));
            int offset = Math.max(0, q.offset());
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM events" + w.sql() + order + " LIMIT ? OFFSET ?")) {
                List<Object> args = new ArrayList<>(w.args());
                args.add(limit);
                args.add(offset);
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            long total;
            if (ids.size() < limit && (offset == 0 || !ids.isEmpty())) {
                total = (long) offset + ids.size(); // the last page: no count needed
            } else {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM events" + w.sql())) {
                    bind(ps, w.args());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        total = rs.getLong(1);
                    }
                }
            }
            return new RawPage(json(c, ids), total);
        });
    }

    /**
     * Runs {@code selectIn} (a two-column query ending in "IN (") over {@code keys} in chunks of 200 parameters and
     * returns its rows as first column to second column.
     */
    private static Map<String, String> byKeys(Connection c, String selectIn, List<String> keys) throws SQLException {
        Map<String, String> out = new HashMap<>();
        for (int from = 0; from < keys.size(); from += 200) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + 200));
            StringBuilder sql = new StringBuilder(selectIn);
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "?" : ",?");
            }
            try (PreparedStatement ps = c.prepareStatement(sql.append(')').toString())) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
        }
        return out;
    }

    /** The stored JSON of {@code ids}, in their order. */
    private static List<String> json(Connection c, List<String> ids) throws SQLException {
        Map<String, String> byId = byKeys(c, "SELECT id, json FROM event_json WHERE id IN (", ids);
        List<String> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            String j = byId.get(id);
            if (j != null) {
                out.add(j);
            }
        }
        return out;
    }

    /** Streams every matching event (exports), in the query's order. */
    public void forEach(EventQuery q, Consumer<Event> sink) {
        Where w = where(q);
        List<String> ids = read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM events" + w.sql() + order(q.sort()))) {
                ps.setFetchSize(1000);
                bind(ps, w.args());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
        for (int from = 0; from < ids.size(); from += 1000) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            for (String j : read(c -> json(c, chunk))) {
                sink.accept(EventReader.parse(j));
            }
        }
    }

    public Optional<Event> event(String id) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT json FROM event_json WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(EventReader.parse(rs.getString(1))) : Optional.<Event>empty();
                }
            }
        });
    }

    /**
     * The id of the stored event that {@code id} names now: {@code id} itself when an event has it, else the end of its
     * alias chain (old id -> newer id -> ... , see V3__event_aliases.sql), the first id on it that names a stored event
     * (rejected events included); empty when none does (never stored, or its reports are gone).
     */
    public Optional<String> resolve(String id) {
        return read(c -> {
            Set<String> seen = new java.util.HashSet<>();
            String at = id;
            while (at != null && seen.add(at) && seen.size() <= 64) {
                try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM events WHERE id = ?")) {
                    ps.setString(1, at);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            return Optional.of(at);
                        }
                    }
                }
                String next = null;
                try (PreparedStatement ps = c.prepareStatement("SELECT new_id FROM event_aliases WHERE old_id = ?")) {
                    ps.setString(1, at);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            next = rs.getString(1);
                        }
                    }
                }
                at = next;
            }
            return Optional.<String>empty();
        });
    }

    /** Whether the event is hidden by an analyst's rejection. */
    public boolean rejected(String id) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT rejected FROM events WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            }
        });
    }

    /**
     * Per start date (null: undated) and group value ({@code type} or {@code admin1}), the summed weight of the matching
     * events (each event's incidents, else 1). Aggregated in the database: a few hundred rows instead of every event.
     */
    public List<DatedRow> dated(EventQuery q, String groupColumn) {
        if (!groupColumn.equals("type") && !groupColumn.equals("admin1")) {
            throw new IllegalArgumentException("group '" + groupColumn + "' is not one of type, admin1");
        }
        Where w = where(q);
        return read(c -> {
            List<DatedRow> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT date_start, " + groupColumn
                    + ", SUM(CASE WHEN incidents IS NULL OR incidents < 1 THEN 1 ELSE incidents END) FROM events" + w.sql()
                    + " GROUP BY date_start, " + groupColumn)) {
                bind(ps, w.args());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Date d = rs.getDate(1);
                        out.add(new DatedRow(d == null ? null : d.toLocalDate(), rs.getString(2), (int) rs.getLong(3)));
                    }
                }
            }
            return out;
        });
    }

    public List<ActorCount> actors(String prefix, int limit) {
        return read(c -> {
            List<ActorCount> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.name, MAX(a.actor_id), COUNT(DISTINCT a.event_id) AS n FROM event_actors a"
                    + " JOIN events e ON e.id = a.event_id WHERE e.rejected = FALSE AND a.name_lc LIKE ? ESCAPE '!'"
                    + " GROUP BY a.name ORDER BY n DESC, a.name LIMIT ?")) {
                ps.setString(1, "%" + like(prefix == null ? "" : prefix.toLowerCase(Locale.ROOT)) + "%");
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ActorCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
                    }
                }
            }
            return out;
        });
    }

    public Optional<StoredDoc> document(String id) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, url, title, published, body, duplicate_of FROM documents WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new StoredDoc(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6))) : Optional.<StoredDoc>empty();
                }
            }
        });
    }

    /** Ids of every stored document, sorted. */
    public List<String> documentIds() {
        return read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM documents ORDER BY id"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /** Counts for a summary line: documents, near-duplicates, machine events, merged events. */
    public Map<String, Long> counts() {
        return read(c -> {
            Map<String, Long> out = new LinkedHashMap<>();
            String[][] qs = {{"documents", "SELECT COUNT(*) FROM documents"},
                {"near_duplicates", "SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL"},
                {"machine_events", "SELECT COUNT(*) FROM doc_events"},
                {"events", "SELECT COUNT(*) FROM events WHERE rejected = FALSE"},
                {"corrections", "SELECT COUNT(*) FROM corrections"}};
            for (String[] q : qs) {
                try (PreparedStatement ps = c.prepareStatement(q[1]); ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    out.put(q[0], rs.getLong(1));
                }
            }
            return out;
        });
    }

    // ---------------------------------------------------------------- corrections

    /** Adds an analyst correction and rebuilds the partitions it touches. Returns the correction's id. */
    public long correct(Correction corr) {
        long id;
        synchronized (writeLock) {
            id = tx(c -> {
                long newId;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO corrections (event_id, kind, payload, created_at) VALUES (?,?,?,?)",
                        new String[] {"id"})) {
                    ps.setString(1, corr.eventId());
                    ps.setString(2, corr.kind().name().toLowerCase(Locale.ROOT));
                    ps.setString(3, anchored(c, corr).toString());
                    ps.setTimestamp(4, Timestamp.from(Instant.now()));
                    ps.executeUpdate();
                    try (ResultSet rs = ps.getGeneratedKeys()) {
                        rs.next();
                        newId = rs.getLong(1);
                    }
                }
                Set<String> parts = new TreeSet<>();
                for (String ev : corr.eventIds()) {
                    try (PreparedStatement ps = c.prepareStatement("SELECT partition_key FROM events WHERE id = ?")) {
                        ps.setString(1, ev);
                        try (ResultSet rs = ps.executeQuery()) {
                            if (rs.next()) {
                                parts.add(rs.getString(1));
                            }
                        }
                    }
                }
                markDirty(c, parts);
                return newId;
            });
        }
        rebuildDirty();
        return id;
    }

    /**
     * The correction's payload with {@code anchors}: for every event it names, the evidence spans (document, start,
     * end) the event has now. Event ids come from the pipeline (a hash of document, sentence, subtype and trigger), so a
     * newer pipeline that re-types or re-segments a report gives its events new ids; {@link Corrections} then finds
     * the event by these spans, and the analyst's correction survives {@code reprocess}.
     */
    private static ObjectNode anchored(Connection c, Correction corr) throws SQLException {
        ObjectNode payload = corr.payload().deepCopy();
        ObjectNode anchors = payload.putObject(Corrections.ANCHORS);
        for (String ev : corr.eventIds()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT json FROM event_json WHERE id = ?")) {
                ps.setString(1, ev);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        com.fasterxml.jackson.databind.node.ArrayNode spans = anchors.putArray(ev);
                        for (org.sitrep.model.Evidence x : EventReader.parse(rs.getString(1)).evidence()) {
                            spans.addArray().add(x.doc()).add(x.start()).add(x.end());
                        }
                    }
                }
            }
        }
        return payload;
    }

    private static List<Correction> corrections(Connection c) throws SQLException {
        List<Correction> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, event_id, kind, payload FROM corrections ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                JsonNode payload;
                try {
                    payload = EventJson.MAPPER.readTree(rs.getString(4));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new StoreException("correction " + rs.getLong(1) + " has an unreadable payload: " + e.getOriginalMessage());
                }
                out.add(new Correction(rs.getLong(1), rs.getString(2),
                        Correction.Kind.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)), (ObjectNode) payload));
            }
        }
        return out;
    }

    public List<Correction> corrections() {
        return read(Store::corrections);
    }

    /** The machine events stored for a document. */
    public List<Event> machineEvents(String docId) {
        return read(c -> {
            List<Event> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT json FROM doc_events WHERE doc_id = ? ORDER BY idx")) {
                ps.setString(1, docId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(EventReader.parse(rs.getString(1)));
                    }
                }
            }
            return out;
        });
    }

    /** Rows per table, for tests: document ids with how often each is stored. */
    public Map<String, Integer> documentMultiplicity() {
        return read(c -> {
            Map<String, Integer> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, COUNT(*) FROM documents GROUP BY id"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
            return out;
        });
    }

    static Set<String> ids(List<Event> events) {
        Set<String> out = new LinkedHashSet<>();
        events.forEach(e -> out.add(e.id()));
        return out;
    }

    @Override
    public void close() {
        if (keeper != null) {
            try {
                keeper.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        Connection c;
        while ((c = pool.poll()) != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }
}
