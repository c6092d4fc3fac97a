package org.sitrep.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sitrep.export.EventJson;
import org.sitrep.model.Count;
import org.sitrep.model.Event;
import org.sitrep.model.SourceRef;

class EventMergerTest {
    static final List<MergeTestSet.Report> REPORTS = MergeTestSet.load();

    static List<Event> events() {
        return REPORTS.stream().map(MergeTestSet::event).toList();
    }

    static Map<String, String> gold() {
        Map<String, String> g = new HashMap<>();
        REPORTS.forEach(r -> g.put(r.id(), r.gold()));
        return g;
    }

    @Test
    void testSetMeetsInflationAndPrecisionTargets() {
        MergeTestSet.Scores s = MergeTestSet.score(EventMerger.cluster(events()), gold());
        System.out.println("merge test set (hand-built events): " + s);
        assertThat(s.real()).isGreaterThanOrEqualTo(15);
        assertThat(s.input()).isGreaterThan(2 * s.real());
        assertThat(s.inflation()).isLessThanOrEqualTo(1.1);
        assertThat(s.precision()).isGreaterThanOrEqualTo(0.95);
    }

    /** Simulated extraction noise: actors dropped, places coarsened to the region, days widened to a range. */
    @Test
    void noisyFactsMeasured() {
        double inflation = 0;
        double precision = 0;
        double recall = 0;
        int runs = 50;
        for (int seed = 0; seed < runs; seed++) {
            Random rnd = new Random(seed);
            List<Event> noisy = new ArrayList<>();
            for (Event e : events()) {
                List<org.sitrep.model.EventActor> actors = rnd.nextDouble() < 0.2 ? List.of() : e.actors();
                org.sitrep.model.EventLocation l = e.location();
                if (rnd.nextDouble() < 0.2) {
                    l = new org.sitrep.model.EventLocation(null, l.country(), l.admin1(), null, null, null,
                            org.sitrep.model.GeoPrecision.REGION, null);
                }
                org.sitrep.model.EventDate d = e.date();
                if (rnd.nextDouble() < 0.1) {
                    d = new org.sitrep.model.EventDate(d.start().minusDays(2), d.end(), org.sitrep.model.DatePrecision.RANGE, null);
                }
                noisy.add(new Event(e.start(), e.end(), e.triggerStart(), e.triggerEnd(), e.id(), e.type(), e.subtype(), d, l, actors,
                        e.fatalities(), e.injured(), e.incidents(), e.claimedBy(), e.status(), e.attributedTo(), e.confidence(),
                        e.evidence(), e.sources(), e.pipelineVersion()));
            }
            MergeTestSet.Scores s = MergeTestSet.score(EventMerger.cluster(noisy), gold());
            inflation += s.inflation() / runs;
            precision += s.precision() / runs;
            recall += s.recall() / runs;
        }
        System.out.printf(java.util.Locale.ROOT, "merge test set with simulated extraction noise (50 runs): "
                + "inflation %.3f, pairwise precision %.3f, pairwise recall %.3f%n", inflation, precision, recall);
        assertThat(precision).isGreaterThanOrEqualTo(0.9);
        assertThat(inflation).isLessThanOrEqualTo(1.5);
    }

    @Test
    void withoutMergingInflationIsHigh() {
        List<EventMerger.Cluster> singletons = events().stream().map(e -> new EventMerger.Cluster(List.of(e))).toList();
        assertThat(MergeTestSet.score(singletons, gold()).inflation()).isGreaterThan(2.0);
    }

    @Test
    void resultIsIndependentOfInputOrderAndThreads() throws Exception {
        List<String> expected = lines(EventMerger.merge(events()));
        Random rnd = new Random(7);
        for (int i = 0; i < 20; i++) {
            List<Event> shuffled = new ArrayList<>(events());
            Collections.shuffle(shuffled, rnd);
            assertThat(lines(EventMerger.merge(shuffled))).isEqualTo(expected);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> fs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                List<Event> shuffled = new ArrayList<>(events());
                Collections.shuffle(shuffled, new Random(i));
                fs.add(pool.submit(() -> lines(EventMerger.merge(shuffled))));
            }
            for (Future<List<String>> f : fs) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void mergedEventListsEverySourceAndEvidenceAndKeepsEarliestId() {
        List<Event> merged = EventMerger.merge(events());
        Event market = merged.stream().filter(e -> e.sources().stream().anyMatch(s -> s.doc().equals("m02"))).findFirst().orElseThrow();
        assertThat(market.sources()).extracting(SourceRef::doc).containsExactlyInAnyOrder("m01", "m02", "m03", "m04", "m46");
        assertThat(market.evidence()).hasSize(5);
        // m01 and m03 share date and publication day; m01 sorts first by document id
        assertThat(market.id()).isEqualTo("ev-m01");
        // the latest report words its toll as a revision ("has risen to 16")
        assertThat(market.fatalities().best()).isEqualTo(16);
        assertThat(market.fatalities().low()).isEqualTo(9);
        Event kharkiv = merged.stream().filter(e -> e.sources().stream().anyMatch(s -> s.doc().equals("m24"))).findFirst().orElseThrow();
        assertThat(kharkiv.sources()).extracting(SourceRef::doc).containsExactlyInAnyOrder("m24", "m25", "m26", "m48");
        assertThat(kharkiv.fatalities().best()).isEqualTo(16);
        // the strike on the next day stays apart
        assertThat(merged.stream().filter(e -> e.sources().stream().anyMatch(s -> s.doc().equals("m27"))).findFirst().orElseThrow()
                .sources()).extracting(SourceRef::doc).containsExactlyInAnyOrder("m27", "m28");
    }

    @Test
    void laterRevisionWinsOverMaximum() {
        Event a = MergeTestSet.event(REPORTS.get(0));
        Event b = withToll(a, "ev-b", "2024-03-07", new Count(6, 6, 6, "the toll was revised down to six"));
        Event c = withToll(a, "ev-c", "2024-03-05", new Count(9, 9, 9, "nine"));
        Event m = EventMerger.combine(List.of(a, b, c));
        assertThat(m.fatalities().best()).isEqualTo(6);
        assertThat(m.fatalities().high()).isEqualTo(9);
        Event noRevision = EventMerger.combine(List.of(a, withToll(a, "ev-d", "2024-03-07", new Count(6, 6, 6, "six")), c));
        assertThat(noRevision.fatalities().best()).isEqualTo(9);
    }

    @Test
    void distinctEventsThatLookAlikeStayApart() {
        Event a = MergeTestSet.event(REPORTS.get(0));
        Event nextDay = new Event(a.start(), a.end(), a.triggerStart(), a.triggerEnd(), "ev-x", a.type(), a.subtype(),
                new org.sitrep.model.EventDate(LocalDate.parse("2024-03-05"), LocalDate.parse("2024-03-05"),
                        org.sitrep.model.DatePrecision.DAY, "on Tuesday"), a.location(), a.actors(), a.fatalities(), a.injured(),
                a.incidents(), a.claimedBy(), a.status(), a.attributedTo(), a.confidence(), a.evidence(),
                List.of(new SourceRef("x", null, null, "2024-03-05", null, a.status())), a.pipelineVersion());
        assertThat(Similarity.same(a, nextDay)).isFalse();
        assertThat(EventMerger.merge(List.of(a, nextDay))).hasSize(2);
        assertThat(Similarity.same(a, a)).isTrue();
    }

    @Test
    void reportDatedOnlyByItsPublicationDayMatchesAnEventOfTheDaysBefore() {
        Event a = MergeTestSet.event(REPORTS.get(0));
        // no date expression: the pipeline dates the event by the publication day (text null)
        Event later = withDate(a, "ev-l", "2024-03-07", new org.sitrep.model.EventDate(LocalDate.parse("2024-03-07"),
                LocalDate.parse("2024-03-07"), org.sitrep.model.DatePrecision.DAY, null));
        assertThat(Similarity.publicationDated(later)).isTrue();
        assertThat(Similarity.dateScore(a, later)).isEqualTo(-1);
        assertThat(Similarity.same(a, later)).isTrue();
        // the same words dated by the report itself are another day's event
        Event dated = withDate(a, "ev-d", "2024-03-07", new org.sitrep.model.EventDate(LocalDate.parse("2024-03-07"),
                LocalDate.parse("2024-03-07"), org.sitrep.model.DatePrecision.DAY, "on Thursday"));
        assertThat(Similarity.same(a, dated)).isFalse();
        // beyond the reporting lag it is another event
        Event muchLater = withDate(a, "ev-m", "2024-03-08", new org.sitrep.model.EventDate(LocalDate.parse("2024-03-08"),
                LocalDate.parse("2024-03-08"), org.sitrep.model.DatePrecision.DAY, null));
        assertThat(Similarity.score(a, muchLater)).isEqualTo(Similarity.REJECT);
    }

    @Test
    void genericActorsStandForNamedOnesButTwoNamedGroupsConflict() {
        Event a = MergeTestSet.event(REPORTS.get(0));
        org.sitrep.model.EventActor shabaab = new org.sitrep.model.EventActor(org.sitrep.model.EventActor.Role.ACTOR1, "shabaab",
                "Al-Shabaab", org.sitrep.model.ActorKind.REBEL_GROUP, "SO", null);
        org.sitrep.model.EventActor militants = new org.sitrep.model.EventActor(org.sitrep.model.EventActor.Role.ACTOR1,
                "generic:militants", "Militants", org.sitrep.model.ActorKind.REBEL_GROUP, null, null);
        org.sitrep.model.EventActor unidentified = new org.sitrep.model.EventActor(org.sitrep.model.EventActor.Role.ACTOR1, null,
                "Unidentified Armed Group (Somalia)", org.sitrep.model.ActorKind.POLITICAL_MILITIA, "SO", null);
        org.sitrep.model.EventActor other = new org.sitrep.model.EventActor(org.sitrep.model.EventActor.Role.ACTOR1, "isis:so",
                "Islamic State Somalia Province", org.sitrep.model.ActorKind.REBEL_GROUP, "SO", null);
        Event named = withActors(a, "ev-n", List.of(shabaab));
        assertThat(Similarity.actorScore(named, withActors(a, "ev-g", List.of(militants)))).isZero();
        assertThat(Similarity.actorScore(named, withActors(a, "ev-u", List.of(unidentified)))).isZero();
        assertThat(Similarity.same(named, withActors(a, "ev-g", List.of(militants)))).isTrue();
        assertThat(Similarity.score(named, withActors(a, "ev-o", List.of(other)))).isEqualTo(Similarity.REJECT);
        // two groups fighting the same army are two events; a branch and its parent organisation may be one
        org.sitrep.model.EventActor army = new org.sitrep.model.EventActor(org.sitrep.model.EventActor.Role.ACTOR2, "state:ML:military",
                "Military Forces of Mali", org.sitrep.model.ActorKind.STATE_FORCES, "ML", null);
        org.sitrep.model.EventActor jnim = new org.sitrep.model.EventActor(org.sitrep.model.EventActor.Role.ACTOR1, "jnim",
                "Jama'at Nasr al-Islam wal Muslimin", org.sitrep.model.ActorKind.REBEL_GROUP, "ML", null);
        org.sitrep.model.EventActor aq = new org.sitrep.model.EventActor(org.sitrep.model.EventActor.Role.ACTOR1, "aq", "al-Qaeda",
                org.sitrep.model.ActorKind.REBEL_GROUP, null, null);
        org.sitrep.model.EventActor iss = new org.sitrep.model.EventActor(org.sitrep.model.EventActor.Role.ACTOR1, "isis:sahel",
                "Islamic State Sahel Province", org.sitrep.model.ActorKind.REBEL_GROUP, "ML", null);
        assertThat(Similarity.actorScore(withActors(a, "ev-j", List.of(jnim, army)), withActors(a, "ev-s", List.of(iss, army))))
                .isEqualTo(Similarity.REJECT);
        assertThat(Similarity.actorScore(withActors(a, "ev-j", List.of(jnim, army)), withActors(a, "ev-a", List.of(aq, army))))
                .isEqualTo(1);
        // protesters or civilians of a country are no evidence of the same event
        org.sitrep.model.EventActor protesters = new org.sitrep.model.EventActor(org.sitrep.model.EventActor.Role.ACTOR1,
                "protesters:SO", "Protesters (Somalia)", org.sitrep.model.ActorKind.PROTESTERS, "SO", null);
        assertThat(Similarity.actorScore(withActors(a, "ev-p", List.of(protesters)), withActors(a, "ev-q", List.of(protesters)))).isZero();
    }

    @Test
    void coarseReportJoinsOnlyItsOneCandidate() {
        Event a = MergeTestSet.event(REPORTS.get(0));
        org.sitrep.model.EventLocation country = new org.sitrep.model.EventLocation("Somalia", "SO", null, null, null, null,
                org.sitrep.model.GeoPrecision.COUNTRY, null);
        // its words name no town ("a market in the south of the country")
        List<org.sitrep.model.Evidence> vague = List.of(new org.sitrep.model.Evidence("c", 0, 40, "A bomb went off at a market on Monday."));
        Event coarse = new Event(a.start(), a.end(), a.triggerStart(), a.triggerEnd(), "ev-c", a.type(), a.subtype(), a.date(), country,
                List.of(), null, null, null, List.of(), a.status(), null, 0.5, vague,
                List.of(new SourceRef("c", null, null, "2024-03-04", null, a.status())), a.pipelineVersion());
        assertThat(Similarity.weakLink(a, coarse)).isTrue();
        assertThat(EventMerger.merge(List.of(a, coarse))).hasSize(1);
        // a second same-day event of the subtype in another town: the coarse report cannot say which it is
        org.sitrep.model.EventLocation kismayo = new org.sitrep.model.EventLocation("Kismayo", "SO", "Lower Juba", -0.3582, 42.5454,
                null, org.sitrep.model.GeoPrecision.EXACT, null);
        Event b = new Event(a.start(), a.end(), a.triggerStart(), a.triggerEnd(), "ev-k", a.type(), a.subtype(), a.date(), kismayo,
                List.of(), null, null, null, List.of(), a.status(), null, 0.5, a.evidence(),
                List.of(new SourceRef("k", null, null, "2024-03-04", null, a.status())), a.pipelineVersion());
        assertThat(EventMerger.merge(List.of(a, coarse, b))).hasSize(3);
        assertThat(EventMerger.merge(List.of(b, coarse))).hasSize(1);
        // a coarse report that names the town (spelt another way) joins that town's event
        Event naming = new Event(a.start(), a.end(), a.triggerStart(), a.triggerEnd(), "ev-n", a.type(), a.subtype(), a.date(), country,
                List.of(), null, null, null, List.of(), a.status(), null, 0.5,
                List.of(new org.sitrep.model.Evidence("n", 0, 40, "A bomb went off at a market in Kismaayo on Monday.")),
                List.of(new SourceRef("n", null, null, "2024-03-04", null, a.status())), a.pipelineVersion());
        List<EventMerger.Cluster> clusters = EventMerger.cluster(List.of(a, naming, b));
        assertThat(clusters).hasSize(2);
        assertThat(clusters).anySatisfy(c -> assertThat(c.members()).extracting(Event::id).containsExactlyInAnyOrder("ev-k", "ev-n"));
    }

    static Event withDate(Event a, String id, String published, org.sitrep.model.EventDate d) {
        return new Event(a.start(), a.end(), a.triggerStart(), a.triggerEnd(), id, a.type(), a.subtype(), d, a.location(), a.actors(),
                a.fatalities(), a.injured(), a.incidents(), a.claimedBy(), a.status(), a.attributedTo(), a.confidence(), a.evidence(),
                List.of(new SourceRef(id, null, null, published, null, a.status())), a.pipelineVersion());
    }

    static Event withActors(Event a, String id, List<org.sitrep.model.EventActor> actors) {
        return new Event(a.start(), a.end(), a.triggerStart(), a.triggerEnd(), id, a.type(), a.subtype(), a.date(), a.location(), actors,
                a.fatalities(), a.injured(), a.incidents(), a.claimedBy(), a.status(), a.attributedTo(), a.confidence(), a.evidence(),
                List.of(new SourceRef(id, null, null, "2024-03-04", null, a.status())), a.pipelineVersion());
    }

    @Test
    void countryLevelEventsWithoutSharedActorsStayApart() {
        Event a = MergeTestSet.event(REPORTS.get(0));
        org.sitrep.model.EventLocation country = new org.sitrep.model.EventLocation(null, "SO", null, null, null, null,
                org.sitrep.model.GeoPrecision.COUNTRY, null);
        Event x = new Event(a.start(), a.end(), a.triggerStart(), a.triggerEnd(), "ev-x", a.type(), a.subtype(), a.date(), country,
                List.of(), a.fatalities(), a.injured(), a.incidents(), a.claimedBy(), a.status(), a.attributedTo(), a.confidence(),
                a.evidence(), List.of(new SourceRef("x", null, null, "2024-03-04", null, a.status())), a.pipelineVersion());
        Event y = new Event(a.start(), a.end(), a.triggerStart(), a.triggerEnd(), "ev-y", a.type(), a.subtype(), a.date(), country,
                List.of(), null, null, null, List.of(), a.status(), null, 0.5,
                a.evidence(), List.of(new SourceRef("y", null, null, "2024-03-04", null, a.status())), a.pipelineVersion());
        assertThat(Similarity.same(x, y)).isFalse();
        // with a shared named actor they may be one event
        Event xa = new Event(x.start(), x.end(), x.triggerStart(), x.triggerEnd(), "ev-xa", x.type(), x.subtype(), x.date(), country,
                a.actors(), null, null, null, List.of(), x.status(), null, 0.5, x.evidence(), x.sources(), x.pipelineVersion());
        Event ya = new Event(y.start(), y.end(), y.triggerStart(), y.triggerEnd(), "ev-ya", y.type(), y.subtype(), y.date(), country,
                a.actors(), null, null, null, List.of(), y.status(), null, 0.5, y.evidence(), y.sources(), y.pipelineVersion());
        assertThat(Similarity.same(xa, ya)).isTrue();
    }

    @Test
    void blockingKeysCoverEveryPairWithinAWeek() {
        Event a = MergeTestSet.event(REPORTS.get(0));
        for (int d = 0; d <= 7; d++) {
            for (int shift = 0; shift < 7; shift++) {
                LocalDate s1 = LocalDate.parse("2024-01-01").plusDays(shift);
                Event x = dated(a, s1);
                Event y = dated(a, s1.plusDays(d));
                assertThat(BlockingKey.of(x)).as("%s vs %s", s1, s1.plusDays(d)).containsAnyElementsOf(BlockingKey.of(y));
            }
        }
    }

    static Event dated(Event a, LocalDate d) {
        return new Event(a.start(), a.end(), a.triggerStart(), a.triggerEnd(), a.id(), a.type(), a.subtype(),
                new org.sitrep.model.EventDate(d, d, org.sitrep.model.DatePrecision.DAY, null), a.location(), a.actors(),
                a.fatalities(), a.injured(), a.incidents(), a.claimedBy(), a.status(), a.attributedTo(), a.confidence(),
                a.evidence(), a.sources(), a.pipelineVersion());
    }

    static Event withToll(Event a, String id, String published, Count toll) {
        return new Event(a.start(), a.end(), a.triggerStart(), a.triggerEnd(), id, a.type(), a.subtype(), a.date(), a.location(),
                a.actors(), toll, a.injured(), a.incidents(), a.claimedBy(), a.status(), a.attributedTo(), a.confidence(),
                a.evidence(), List.of(new SourceRef(id, null, null, published, null, a.status())), a.pipelineVersion());
    }

    static List<String> lines(List<Event> events) {
        return events.stream().map(EventJson::line).toList();
    }
}
