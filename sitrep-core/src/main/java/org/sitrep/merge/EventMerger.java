package org.sitrep.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.sitrep.export.EventJson;
import org.sitrep.model.Count;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventLocation;
import org.sitrep.model.EventStatus;
import org.sitrep.model.Evidence;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.SourceRef;
import org.sitrep.model.SubEventType;

/**
 * Merges reports of the same real event into one event. A pure function: the result depends only on the set of
 * input events (not their order, not the thread that runs it).
 *
 * <p><b>Procedure.</b> Events are put in a canonical order ({@link #CANONICAL}: start date, end date, earliest
 * source publication, source document, evidence offset, id, then the whole JSON line). Each event is filed under
 * its {@link BlockingKey}s; pairs of events sharing a key are scored with {@link Similarity}. Pairs at or above
 * {@link Similarity#THRESHOLD} are visited best score first (ties in canonical order), and two clusters are joined
 * only when no pair across them is ruled out by {@link Similarity#REJECT} (so A~B and B~C never chain A and C
 * when A and C disagree on place, date or armed actor). Pairs of a coarse report (place known to the country or
 * region only) and a precise one are left to a second phase: each cluster of coarse reports joins the one precise
 * cluster it links to, and stays apart when it links to two or more that its own words (the place it names, the deaths
 * it reports) cannot tell apart. Every join follows a pair at or above the
 * threshold, and every decision looks only at linked events, so each linked component merges alone to what it merges
 * to among all events (the distributed merge relies on this).
 *
 * <p><b>The merged event</b> keeps the id, span and pipeline version of its earliest member in canonical order. Its
 * subtype is the one most members give (ties: the earliest member's); date and place are the most precise any member
 * gives (ties: the earliest member's); actors per role the most often given (named before generic before unknown); sources and
 * evidence are the union of every member's, sorted; claimed-by is the union; status is {@code occurred} if any
 * member says so, else {@code claimed} if any does, else {@code alleged}; confidence is 1 - Π(1 - c).
 *
 * <p><b>Fatality policy</b> (also for injured): {@code best} is the largest best estimate any source gives, since tolls
 * in follow-up reports rise as bodies are found, unless the most recently published source that gives a number
 * words it as a revision ("revised", "corrected", "updated", "lowered", "toll now", "rose to", "dropped to"): then
 * that source's estimate wins. {@code low} is the smallest low (or best) of any source, {@code high} the largest
 * high (or best); {@code text} is the text of the source whose number won.
 */
public final class EventMerger {
    private static final Pattern REVISION = Pattern.compile(
            "(?i)\\b(revised|corrected|updated|lowered|raised|toll (?:now|has|stands)|rose to|risen to|dropped to|fell to|climbed to)\\b");

    /** The canonical order: earliest first. */
    public static final Comparator<Event> CANONICAL = Comparator
            .comparing((Event e) -> e.date().start(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.date().end(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(EventMerger::firstPublished, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(EventMerger::firstDoc, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(e -> e.evidence().isEmpty() ? e.start() : e.evidence().get(0).start())
            .thenComparing(Event::id, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(EventJson::line);

    private EventMerger() {
    }

    /** A group of input events judged to be one real event, members in canonical order. */
    public record Cluster(List<Event> members) {
    }

    /** Merges {@code events}; the result is in canonical order. */
    public static List<Event> merge(List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (Cluster c : cluster(events)) {
            out.add(combine(c.members()));
        }
        out.sort(CANONICAL);
        return out;
    }

    /** Groups {@code events} into clusters of reports of the same real event; clusters in canonical order of their first member. */
    public static List<Cluster> cluster(List<Event> events) {
        List<Event> ev = new ArrayList<>(events);
        ev.sort(CANONICAL);
        int n = ev.size();
        Map<BlockingKey, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (BlockingKey k : BlockingKey.of(ev.get(i))) {
                blocks.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        // candidate pairs, each once
        Map<Long, Double> pairs = new HashMap<>();
        for (List<Integer> block : blocks.values()) {
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    int i = block.get(x);
                    int j = block.get(y);
                    long key = (long) Math.min(i, j) * n + Math.max(i, j);
                    if (!pairs.containsKey(key)) {
                        pairs.put(key, Similarity.score(ev.get(i), ev.get(j)));
                    }
                }
            }
        }
        List<long[]> edges = new ArrayList<>();
        // links of a coarse report (country or region) to a precise event, by the coarse event: joined after the others
        TreeMap<Integer, TreeSet<Integer>> weak = new TreeMap<>();
        for (Map.Entry<Long, Double> p : pairs.entrySet()) {
            if (p.getValue() >= Similarity.THRESHOLD) {
                int i = (int) (p.getKey() / n);
                int j = (int) (p.getKey() % n);
                if (Similarity.coarse(ev.get(i)) != Similarity.coarse(ev.get(j))) {
                    int c = Similarity.coarse(ev.get(i)) ? i : j;
                    weak.computeIfAbsent(c, x -> new TreeSet<>()).add(c == i ? j : i);
                } else {
                    edges.add(new long[] {p.getKey(), Double.doubleToLongBits(p.getValue())});
                }
            }
        }
        edges.sort((a, b) -> {
            int c = Double.compare(Double.longBitsToDouble(b[1]), Double.longBitsToDouble(a[1]));
            return c != 0 ? c : Long.compare(a[0], b[0]);
        });
        int[] parent = new int[n];
        List<List<Integer>> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            List<Integer> m = new ArrayList<>();
            m.add(i);
            members.add(m);
        }
        for (long[] e : edges) {
            int i = (int) (e[0] / n);
            int j = (int) (e[0] % n);
            int ri = find(parent, i);
            int rj = find(parent, j);
            if (ri == rj || !compatible(ev, members.get(ri), members.get(rj), pairs, n)) {
                continue;
            }
            int root = Math.min(ri, rj);
            int other = Math.max(ri, rj);
            parent[other] = root;
            members.get(root).addAll(members.get(other));
            members.set(other, null);
        }
        attachCoarse(ev, weak, parent, members, pairs, n);
        List<Cluster> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (parent[i] == i) {
                List<Integer> idx = new ArrayList<>(members.get(i));
                idx.sort(null);
                List<Event> m = new ArrayList<>(idx.size());
                idx.forEach(k -> m.add(ev.get(k)));
                out.add(new Cluster(List.copyOf(m)));
            }
        }
        return out;
    }

    /**
     * Second phase: a cluster whose members all have only a coarse place (country, region or none) joins the one
     * cluster with a precise place it is linked to and compatible with; with two or more such candidates it stays
     * apart, since its reports cannot say which event they describe (two clashes of the same army and group in one
     * province on one day; a bomb "in Somalia" on a day with two bombings). Decided for every coarse cluster on the
     * clusters of the first phase, then applied in canonical order, so the result depends only on the linked events.
     */
    private static void attachCoarse(List<Event> ev, TreeMap<Integer, TreeSet<Integer>> weak, int[] parent, List<List<Integer>> members,
            Map<Long, Double> pairs, int n) {
        TreeMap<Integer, Integer> target = new TreeMap<>();
        TreeSet<Integer> coarseRoots = new TreeSet<>();
        for (int c : weak.keySet()) {
            coarseRoots.add(find(parent, c));
        }
        for (int root : coarseRoots) {
            boolean allCoarse = true;
            for (int k : members.get(root)) {
                allCoarse &= Similarity.coarse(ev.get(k));
            }
            if (!allCoarse) {
                continue;
            }
            TreeSet<Integer> candidates = new TreeSet<>();
            for (int k : members.get(root)) {
                for (int other : weak.getOrDefault(k, new TreeSet<>())) {
                    int r = find(parent, other);
                    if (r != root && compatible(ev, members.get(root), members.get(r), pairs, n)) {
                        candidates.add(r);
                    }
                }
            }
            if (candidates.size() > 1) {
                narrow(ev, members.get(root), candidates, members);
            }
            if (candidates.size() == 1) {
                target.put(root, candidates.first());
            }
        }
        for (Map.Entry<Integer, Integer> t : target.entrySet()) {
            int ri = find(parent, t.getKey());
            int rj = find(parent, t.getValue());
            if (ri == rj || !compatible(ev, members.get(ri), members.get(rj), pairs, n)) {
                continue;
            }
            int root = Math.min(ri, rj);
            int other = Math.max(ri, rj);
            parent[other] = root;
            members.get(root).addAll(members.get(other));
            members.set(other, null);
        }
    }

    /**
     * Of several precise clusters a coarse cluster is linked to, keeps those its reports' own words point to: first the
     * clusters whose place a coarse quote names ({@link QuoteHints#namesPlaceOf}: the town the resolver missed, "the
     * capital"), then, when the coarse reports give deaths, the clusters that do too. A test that would leave none
     * is skipped. The caller joins only when one cluster is left.
     */
    static void narrow(List<Event> ev, List<Integer> coarse, TreeSet<Integer> candidates, List<List<Integer>> members) {
        TreeSet<Integer> named = new TreeSet<>();
        for (int r : candidates) {
            boolean hit = false;
            for (int c : coarse) {
                for (int k : members.get(r)) {
                    hit |= !Similarity.coarse(ev.get(k)) && QuoteHints.namesPlaceOf(ev.get(c), ev.get(k));
                }
            }
            if (hit) {
                named.add(r);
            }
        }
        if (!named.isEmpty()) {
            candidates.retainAll(named);
        }
        if (candidates.size() > 1 && deadly(ev, coarse)) {
            TreeSet<Integer> deadly = new TreeSet<>();
            for (int r : candidates) {
                if (deadly(ev, members.get(r))) {
                    deadly.add(r);
                }
            }
            if (!deadly.isEmpty()) {
                candidates.retainAll(deadly);
            }
        }
    }

    private static boolean deadly(List<Event> ev, List<Integer> idx) {
        for (int k : idx) {
            Count f = ev.get(k).fatalities();
            if (f != null && f.best() != null && f.best() > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean compatible(List<Event> ev, List<Integer> a, List<Integer> b, Map<Long, Double> pairs, int n) {
        for (int i : a) {
            for (int j : b) {
                long key = (long) Math.min(i, j) * n + Math.max(i, j);
                Double s = pairs.get(key);
                if (s == null) {
                    s = Similarity.score(ev.get(i), ev.get(j));
                }
                if (s == Similarity.REJECT) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** One event from the members of a cluster (members in any order; the result does not depend on it). */
    public static Event combine(List<Event> cluster) {
        List<Event> m = new ArrayList<>(cluster);
        m.sort(CANONICAL);
        Event first = m.get(0);
        if (m.size() == 1) {
            return first;
        }
        SubEventType subtype = vote(m, Event::subtype);
        EventDate date = first.date();
        for (Event e : m) {
            if (rank(e.date().precision()) < rank(date.precision())) {
                date = e.date();
            }
        }
        EventLocation loc = first.location();
        for (Event e : m) {
            if (rank(e.location()) < rank(loc)) {
                loc = e.location();
            }
        }
        List<EventActor> actors = new ArrayList<>();
        for (EventActor.Role role : EventActor.Role.values()) {
            EventActor best = null;
            Map<String, Integer> votes = new TreeMap<>();
            Map<String, EventActor> byKey = new LinkedHashMap<>();
            for (Event e : m) {
                for (EventActor a : e.actors()) {
                    if (a.role() == role) {
                        String k = (a.id() != null ? a.id() : "") + "|" + a.name();
                        votes.merge(k, a.kind() == org.sitrep.model.ActorKind.UNKNOWN ? 1 : Similarity.generic(a) ? 10 : 100, Integer::sum);
                        byKey.putIfAbsent(k, a);
                    }
                }
            }
            int top = 0;
            for (Map.Entry<String, EventActor> x : byKey.entrySet()) {
                int v = votes.get(x.getKey());
                if (v > top) {
                    top = v;
                    best = x.getValue();
                }
            }
            if (best != null) {
                actors.add(best);
            }
        }
        TreeSet<String> claimed = new TreeSet<>();
        m.forEach(e -> claimed.addAll(e.claimedBy()));
        EventStatus status = EventStatus.ALLEGED;
        for (Event e : m) {
            if (e.status().ordinal() < status.ordinal()) {
                status = e.status();
            }
        }
        double miss = 1;
        for (Event e : m) {
            miss *= 1 - Math.max(0, Math.min(1, e.confidence()));
        }
        Integer incidents = null;
        for (Event e : m) {
            if (e.incidents() != null && (incidents == null || e.incidents() > incidents)) {
                incidents = e.incidents();
            }
        }
        TreeMap<String, Evidence> evidence = new TreeMap<>();
        for (Event e : m) {
            for (Evidence x : e.evidence()) {
                evidence.putIfAbsent(x.doc() + "\u0000" + String.format(java.util.Locale.ROOT, "%010d%010d", x.start(), x.end()), x);
            }
        }
        TreeMap<String, SourceRef> sources = new TreeMap<>();
        for (Event e : m) {
            for (SourceRef s : e.sources()) {
                sources.putIfAbsent((s.published() == null ? "9999" : s.published()) + "\u0000" + s.doc(), s);
            }
        }
        return new Event(first.start(), first.end(), first.triggerStart(), first.triggerEnd(), first.id(), subtype.type(), subtype,
                date, loc, actors, count(m, true), count(m, false), incidents, List.copyOf(claimed), status,
                first.attributedTo(), 1 - miss, List.copyOf(evidence.values()), List.copyOf(sources.values()),
                first.pipelineVersion());
    }

    private static <T extends Comparable<T>> T vote(List<Event> m, java.util.function.Function<Event, T> f) {
        Map<T, Integer> votes = new LinkedHashMap<>();
        for (Event e : m) {
            votes.merge(f.apply(e), 1, Integer::sum);
        }
        T best = null;
        int top = 0;
        for (Map.Entry<T, Integer> v : votes.entrySet()) {
            if (v.getValue() > top) {
                top = v.getValue();
                best = v.getKey();
            }
        }
        return best;
    }

    private static int rank(DatePrecision p) {
        return p.ordinal();
    }

    private static int rank(EventLocation l) {
        int r = l.precision().ordinal() * 2;
        return l.lat() == null ? r + 1 : r;
    }

    /** The fatality (or injured) policy described in the class comment. */
    static Count count(List<Event> m, boolean fatalities) {
        Count max = null;
        Count latest = null;
        String latestPub = null;
        Integer low = null;
        Integer high = null;
        for (Event e : m) {
            Count c = fatalities ? e.fatalities() : e.injured();
            if (c == null || c.best() == null) {
                continue;
            }
            if (max == null || c.best() > max.best()) {
                max = c;
            }
            int lo = c.low() != null ? Math.min(c.low(), c.best()) : c.best();
            int hi = c.high() != null ? Math.max(c.high(), c.best()) : c.best();
            low = low == null ? lo : Math.min(low, lo);
            high = high == null ? hi : Math.max(high, hi);
            String pub = firstPublished(e);
            if (pub != null && (latestPub == null || pub.compareTo(latestPub) > 0)) {
                latestPub = pub;
                latest = c;
            }
        }
        if (max == null) {
            return null;
        }
        Count win = latest != null && latest.text() != null && REVISION.matcher(latest.text()).find() ? latest : max;
        return new Count(win.best(), Math.min(low, win.best()), Math.max(high, win.best()), win.text());
    }

    static String firstPublished(Event e) {
        String best = null;
        for (SourceRef s : e.sources()) {
            if (s.published() != null && (best == null || s.published().compareTo(best) < 0)) {
                best = s.published();
            }
        }
        return best;
    }

    static String firstDoc(Event e) {
        String best = null;
        for (SourceRef s : e.sources()) {
            if (s.doc() != null && (best == null || s.doc().compareTo(best) < 0)) {
                best = s.doc();
            }
        }
        if (best == null) {
            for (Evidence x : e.evidence()) {
                if (x.doc() != null && (best == null || x.doc().compareTo(best) < 0)) {
                    best = x.doc();
                }
            }
        }
        return best;
    }

    static LocalDate start(Event e) {
        return e.date().start();
    }
}
