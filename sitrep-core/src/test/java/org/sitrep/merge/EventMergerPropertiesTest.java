package org.sitrep.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.sitrep.export.EventJson;
import org.sitrep.model.ActorKind;
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

/** Merging is a function of the set of events: any order gives the same output, and no evidence is lost. */
class EventMergerPropertiesTest {
    static final SubEventType[] SUBS = {SubEventType.ARMED_CLASH, SubEventType.ATTACK, SubEventType.AIR_DRONE_STRIKE,
        SubEventType.PEACEFUL_PROTEST};
    static final String[] PLACES = {"Alpha", "Beta", "Gamma"};
    static final String[] ACTORS = {"Red Front", "Blue Army", "Green Militia"};

    /** Random events over a small domain, so that many of them merge. */
    static List<Event> random(long seed, int n) {
        Random r = new Random(seed);
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate d = LocalDate.of(2024, 3, 1).plusDays(r.nextInt(10));
            boolean range = r.nextInt(5) == 0;
            int place = r.nextInt(PLACES.length);
            boolean precise = r.nextInt(4) != 0;
            EventLocation loc = precise
                    ? new EventLocation(PLACES[place], "XA", "R" + place / 2, 10 + place * 0.05 + r.nextDouble() * 0.01, 20.0, null,
                    GeoPrecision.EXACT, null)
                    : new EventLocation(null, "XA", "R" + place / 2, null, null, null, GeoPrecision.REGION, null);
            List<EventActor> actors = r.nextBoolean() ? List.of()
                    : List.of(new EventActor(EventActor.Role.ACTOR1, null, ACTORS[r.nextInt(ACTORS.length)], ActorKind.REBEL_GROUP, "XA", null));
            String doc = "d" + i;
            SubEventType sub = SUBS[r.nextInt(SUBS.length)];
            out.add(new Event(0, 10, 0, 1, "e" + i, sub.type(), sub,
                    new EventDate(range ? d.minusDays(2) : d, d, range ? DatePrecision.RANGE : DatePrecision.DAY, null), loc, actors,
                    r.nextBoolean() ? new Count(r.nextInt(30), null, null, r.nextInt(6) == 0 ? "toll rose to" : null) : null, null,
                    null, List.of(), EventStatus.OCCURRED, null, 0.5,
                    List.of(new Evidence(doc, r.nextInt(50), 60 + r.nextInt(50), "q" + i)),
                    List.of(new SourceRef(doc, null, null, d.plusDays(r.nextInt(3)).toString(), null, EventStatus.OCCURRED)), "v"));
        }
        return out;
    }

    @Property(tries = 60)
    void orderNeverChangesTheResult(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int n) {
        List<Event> events = random(seed, n);
        List<String> expected = EventMergerTest.lines(EventMerger.merge(events));
        List<Event> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, new Random(seed ^ 0x5DEECE66DL));
        assertThat(EventMergerTest.lines(EventMerger.merge(shuffled))).isEqualTo(expected);
    }

    /**
     * The distributed merge's contract: link events sharing a blocking key whose score reaches the threshold, take
     * the connected components, merge each alone; the union equals merging everything at once.
     */
    @Property(tries = 60)
    void eachLinkedComponentMergesAloneAsAmongAll(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int n) {
        List<Event> events = random(seed, n);
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                boolean block = !Collections.disjoint(BlockingKey.of(events.get(i)), BlockingKey.of(events.get(j)));
                if (block && Similarity.score(events.get(i), events.get(j)) >= Similarity.THRESHOLD) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        java.util.Map<Integer, List<Event>> components = new java.util.TreeMap<>();
        for (int i = 0; i < n; i++) {
            components.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(events.get(i));
        }
        List<Event> piecewise = new ArrayList<>();
        components.values().forEach(c -> piecewise.addAll(EventMerger.merge(c)));
        piecewise.sort(EventMerger.CANONICAL);
        assertThat(EventMergerTest.lines(piecewise)).isEqualTo(EventMergerTest.lines(EventMerger.merge(events)));
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    @net.jqwik.api.Example
    void theDomainIsSmallEnoughForMerges() {
        assertThat(EventMerger.merge(random(1, 60)).size()).isLessThan(50);
    }

    @Property(tries = 60)
    void everyEvidenceSpanAndSourceIsKeptOnce(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int n) {
        List<Event> events = random(seed, n);
        List<Event> merged = EventMerger.merge(events);
        assertThat(merged.size()).isBetween(1, n);
        List<String> docs = new ArrayList<>();
        merged.forEach(e -> e.evidence().forEach(x -> docs.add(x.doc())));
        assertThat(docs).hasSize(n).doesNotHaveDuplicates();
        Set<String> ids = new HashSet<>();
        events.forEach(e -> ids.add(e.id()));
        for (Event m : merged) {
            assertThat(ids).contains(m.id());
            assertThat(EventJson.line(m)).isNotBlank();
        }
    }
}
