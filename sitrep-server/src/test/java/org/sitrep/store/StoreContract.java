package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.export.EventJson;
import org.sitrep.model.Event;
import org.sitrep.model.SourceRef;

/** The repository test suite that every backend (embedded H2, PostgreSQL) must pass. */
abstract class StoreContract {
    Store store;

    abstract Store open();

    @BeforeEach
    void setUp() {
        store = open();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void sameDocumentTwiceIsStoredOnce() {
        assertThat(store.ingest(Fixtures.doc("d1", Fixtures.T1, "2024-05-07"), List.of(Fixtures.e1()))).isEqualTo(Store.Outcome.STORED);
        assertThat(store.ingest(Fixtures.doc("d1", Fixtures.T1, "2024-05-07"), List.of(Fixtures.e1()))).isEqualTo(Store.Outcome.UNCHANGED);
        assertThat(store.ingest(Fixtures.doc("other-name", Fixtures.T1, "2024-05-07"), List.of(Fixtures.e1())))
                .isEqualTo(Store.Outcome.UNCHANGED);
        store.rebuildDirty();
        assertThat(store.counts().get("documents")).isEqualTo(1);
        assertThat(store.counts().get("events")).isEqualTo(1);
    }

    @Test
    void reportsOfOneEventAreMergedWithEverySource() {
        Fixtures.load(store);
        assertThat(store.counts().get("events")).isEqualTo(3);
        Event merged = store.event(Fixtures.e1().id()).orElseThrow();
        assertThat(merged.sources()).extracting(SourceRef::doc).containsExactly("d1", "d2");
        assertThat(merged.evidence()).hasSize(2);
        assertThat(merged.fatalities().best()).isEqualTo(5);
    }

    @Test
    void nearDuplicateIsKeptAsExtraSource() {
        Fixtures.load(store);
        assertThat(store.ingest(Fixtures.doc("d1long", Fixtures.LONG, "2024-05-07"), List.of(Fixtures.longEvent())))
                .isEqualTo(Store.Outcome.STORED);
        assertThat(store.ingest(Fixtures.doc("d1copy", Fixtures.T1_COPY, "2024-05-07"), List.of(Fixtures.copyEvent())))
                .isEqualTo(Store.Outcome.NEAR_DUPLICATE);
        store.rebuildDirty();
        assertThat(store.document("d1copy").orElseThrow().duplicateOf()).isEqualTo("d1long");
        assertThat(MinHash.similarity(MinHash.signature(Fixtures.LONG), MinHash.signature(Fixtures.T3))).isLessThan(0.2);
        assertThat(MinHash.similarity(MinHash.signature(Fixtures.LONG), MinHash.signature(Fixtures.T1_COPY))).isGreaterThan(MinHash.NEAR);
        assertThat(store.event(Fixtures.e1().id()).orElseThrow().sources()).extracting(SourceRef::doc).contains("d1", "d2", "d1long", "d1copy");
        assertThat(store.counts().get("events")).isEqualTo(3);
    }

    @Test
    void filtersPagesAndSorts() {
        Fixtures.load(store);
        assertThat(store.query(EventQuery.all()).total()).isEqualTo(3);
        assertThat(store.query(EventQuery.all().withActor("northern")).events()).extracting(Event::id).containsExactly(Fixtures.e1().id());
        EventQuery q = EventQuery.all();
        assertThat(store.query(new EventQuery(null, "protests", null, null, null, null, null, null, null, false, "date", 10, 0)).total())
                .isEqualTo(1);
        assertThat(store.query(new EventQuery(null, null, null, "sy", null, null, null, null, null, false, "date", 10, 0)).total())
                .isEqualTo(1);
        assertThat(store.query(new EventQuery(null, null, null, null, "Borno", null, null, null, null, false, "date", 10, 0)).total())
                .isEqualTo(1);
        assertThat(store.query(new EventQuery(null, null, null, null, null, LocalDate.parse("2024-05-06"), LocalDate.parse("2024-05-06"),
                null, null, false, "date", 10, 0)).total()).isEqualTo(1);
        assertThat(store.query(new EventQuery(null, null, null, null, null, null, null, new double[] {30, 30, 40, 40}, null, false,
                "date", 10, 0)).events()).extracting(e -> e.location().name()).containsExactly("Kessa");
        assertThat(store.query(new EventQuery(null, null, null, null, null, null, null, null, "fuel depot", false, "date", 10, 0))
                .total()).isEqualTo(1);
        assertThat(store.query(new EventQuery(null, null, null, null, null, null, null, null, "100%_'; drop", false, "date", 10, 0))
                .total()).isZero();
        Store.Page p = store.query(q.page(2, 0));
        assertThat(p.events()).hasSize(2);
        assertThat(p.total()).isEqualTo(3);
        assertThat(store.query(q.page(2, 2)).events()).hasSize(1);
        assertThat(store.query(q.page(10, 0)).events()).extracting(e -> e.date().start().toString())
                .containsExactly("2024-05-03", "2024-05-06", "2024-05-07");
        assertThat(store.query(new EventQuery(null, null, null, null, null, null, null, null, null, false, "-fatalities", 10, 0))
                .events().get(0).fatalities().best()).isEqualTo(5);
        assertThat(store.actors("north", 10)).extracting(Store.ActorCount::name).containsExactly("Northern Front");
    }

    @Test
    void correctionsApplyAndSurviveReprocess() {
        Fixtures.load(store);
        String attack = Fixtures.e1().id();
        String strike = Fixtures.e4().id();
        ObjectNode fields = EventJson.MAPPER.createObjectNode();
        fields.putObject("fields").putObject("fatalities").put("best", 6).put("low", 6).put("high", 6);
        store.correct(new Correction(0, attack, Correction.Kind.SET, fields));
        store.correct(new Correction(0, strike, Correction.Kind.REJECT, EventJson.MAPPER.createObjectNode().put("reason", "not conflict")));
        assertThat(store.event(attack).orElseThrow().fatalities().best()).isEqualTo(6);
        assertThat(store.query(EventQuery.all()).total()).isEqualTo(2);
        // reprocess: machine output replaced, corrections re-applied
        store.replaceEvents("d1", List.of(Fixtures.e1()));
        store.replaceEvents("d4", List.of(Fixtures.e4()));
        store.rebuildAll();
        assertThat(store.event(attack).orElseThrow().fatalities().best()).isEqualTo(6);
        assertThat(store.rejected(strike)).isTrue();
        assertThat(store.query(EventQuery.all()).total()).isEqualTo(2);
        // split the second report out, then merge it back
        store.correct(new Correction(0, attack, Correction.Kind.SPLIT,
                EventJson.MAPPER.createObjectNode().set("docs", EventJson.MAPPER.createArrayNode().add("d2"))));
        assertThat(store.query(EventQuery.all()).total()).isEqualTo(3);
        assertThat(store.event(attack).orElseThrow().sources()).extracting(SourceRef::doc).containsExactly("d1");
        store.correct(new Correction(0, attack, Correction.Kind.MERGE,
                EventJson.MAPPER.createObjectNode().set("with", EventJson.MAPPER.createArrayNode().add(Fixtures.e2().id()))));
        assertThat(store.event(attack).orElseThrow().sources()).extracting(SourceRef::doc).containsExactly("d1", "d2");
        assertThat(store.corrections()).hasSize(4);
    }

    /** The same event from a newer pipeline: another subtype, so another id, and the same evidence. */
    static Event retyped(Event e, String id, org.sitrep.model.SubEventType sub) {
        return new Event(e.start(), e.end(), e.triggerStart(), e.triggerEnd(), id, sub.type(), sub, e.date(), e.location(), e.actors(),
                e.fatalities(), e.injured(), e.incidents(), e.claimedBy(), e.status(), e.attributedTo(), e.confidence(), e.evidence(),
                e.sources(), "newer");
    }

    @Test
    void correctionsSurviveANewerPipelineThatGivesEventsNewIds() {
        Fixtures.load(store);
        String attack = Fixtures.e1().id();
        String strike = Fixtures.e4().id();
        ObjectNode fields = EventJson.MAPPER.createObjectNode();
        fields.putObject("fields").putObject("fatalities").put("best", 7).put("low", 7).put("high", 7);
        store.correct(new Correction(0, attack, Correction.Kind.SET, fields));
        store.correct(new Correction(0, strike, Correction.Kind.REJECT, EventJson.MAPPER.createObjectNode().put("reason", "duplicate")));
        // reprocess with a pipeline that types the reports otherwise: every machine event gets a new id
        Event e1 = retyped(Fixtures.e1(), "v2-d1", org.sitrep.model.SubEventType.ARMED_CLASH);
        Event e2 = retyped(Fixtures.e2(), "v2-d2", org.sitrep.model.SubEventType.ARMED_CLASH);
        Event e4 = retyped(Fixtures.e4(), "v2-d4", org.sitrep.model.SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK);
        store.replaceEvents("d1", List.of(e1));
        store.replaceEvents("d2", List.of(e2));
        store.replaceEvents("d4", List.of(e4));
        store.rebuildAll();
        assertThat(store.event(attack)).isEmpty();
        Event now = store.event(e1.id()).orElseThrow();
        assertThat(now.subtype()).isEqualTo(org.sitrep.model.SubEventType.ARMED_CLASH);
        assertThat(now.fatalities().best()).isEqualTo(7);
        assertThat(now.sources()).extracting(SourceRef::doc).containsExactly("d1", "d2");
        assertThat(store.rejected(e4.id())).isTrue();
        assertThat(store.query(EventQuery.all()).total()).isEqualTo(2);
        // a later ingest that adds a report of the corrected event keeps the correction
        store.ingest(Fixtures.doc("d1long", Fixtures.LONG, "2024-05-07"), List.of(Fixtures.longEvent()));
        store.rebuildDirty();
        Event later = store.query(EventQuery.all()).events().stream().filter(x -> x.sources().size() == 3).findFirst().orElseThrow();
        assertThat(later.fatalities().best()).isEqualTo(7);
    }

    @Test
    void timelineRowsCarryWeightsAndUndatedEvents() {
        Fixtures.load(store);
        List<Store.DatedRow> rows = store.dated(EventQuery.all(), "type");
        assertThat(rows).hasSize(3).allMatch(r -> r.weight() == 1);
        // an undated report comes back apart (start null), to be counted beside the series, never in a bucket
        String text = "Rebels attacked an army post near Kessa, the ministry said.";
        store.ingest(Fixtures.doc("d5", text, null), List.of(Fixtures.event("d5", text, null, org.sitrep.model.SubEventType.ARMED_CLASH,
                null, "Kessa", "SY", "Idlib", 35.9, 36.6, "Rebels", org.sitrep.model.ActorKind.REBEL_GROUP, null)));
        store.rebuildDirty();
        List<Store.DatedRow> with = store.dated(EventQuery.all(), "type");
        assertThat(with).filteredOn(r -> r.start() == null).singleElement().satisfies(r -> assertThat(r.weight()).isEqualTo(1));
        assertThat(with.stream().filter(r -> r.start() != null).mapToInt(Store.DatedRow::weight).sum()).isEqualTo(3);
    }

    /** A report of the fixture attack written for these tests, published before the others: it heads any event it joins. */
    static Event earliestReport() {
        return Fixtures.event("d0", "Northern Front fighters ambushed a passenger bus outside Tarvik on Monday, killing four people.",
                "2024-05-06", org.sitrep.model.SubEventType.ATTACK, "2024-05-06", "Tarvik", "NG", "Borno", 11.80, 13.15, "Northern Front",
                org.sitrep.model.ActorKind.REBEL_GROUP, 4);
    }

    static void ingest(Store s, Event e) {
        String text = e.evidence().get(0).quote();
        s.ingest(Fixtures.doc(e.sources().get(0).doc(), text, e.sources().get(0).published()), List.of(e));
        s.rebuildDirty();
    }

    @Test
    void anIdReplacedByALaterReportStillResolvesToTheEvent() {
        String second = Fixtures.e2().id();
        ingest(store, Fixtures.e2());
        assertThat(store.event(second)).isPresent();
        assertThat(store.resolve(second)).contains(second);
        // a report published earlier joins: the merged event now carries its id, and the old one points to it
        ingest(store, Fixtures.e1());
        String first = Fixtures.e1().id();
        assertThat(store.event(second)).isEmpty();
        assertThat(store.resolve(second)).contains(first);
        assertThat(store.event(store.resolve(second).orElseThrow()).orElseThrow().sources()).extracting(SourceRef::doc)
                .containsExactly("d1", "d2");
        assertThat(store.resolve("never-stored")).isEmpty();
    }

    @Test
    void reprocessedAndChainedIdsResolveToTheNewestEvent() {
        Fixtures.load(store);
        String first = Fixtures.e1().id();
        String second = Fixtures.e2().id();
        // reprocess: a newer pipeline gives the first report's event another id; the old id follows its evidence
        Event again = retyped(Fixtures.e1(), "v2-d1", org.sitrep.model.SubEventType.ATTACK);
        store.replaceEvents("d1", List.of(again));
        store.rebuildDirty();
        assertThat(store.event(first)).isEmpty();
        assertThat(store.resolve(first)).contains("v2-d1");
        assertThat(store.resolve(second)).contains("v2-d1");
        // an earlier report joins: first -> v2-d1 -> d0's event
        ingest(store, earliestReport());
        String newest = earliestReport().id();
        assertThat(store.event(newest).orElseThrow().sources()).extracting(SourceRef::doc).containsExactly("d0", "d1", "d2");
        assertThat(store.resolve("v2-d1")).contains(newest);
        assertThat(store.resolve(first)).contains(newest);
        assertThat(store.resolve(second)).contains(newest);
        // a report's machine events vanish with nothing in their place: its old id answers nothing rather than a wrong event
        store.replaceEvents("d4", List.of());
        store.rebuildDirty();
        assertThat(store.resolve(Fixtures.e4().id())).isEmpty();
    }

    @Test
    void analystMergesKeepTheMergedIdAndRejectionsStayVisible() {
        Fixtures.load(store);
        String text = "Gunmen raided a cattle market near Dambo on Friday, killing two herders. Residents fled.";
        Event other = Fixtures.event("d6", text, "2024-05-11", org.sitrep.model.SubEventType.ATTACK, "2024-05-10", "Dambo", "NG", "Borno",
                12.40, 14.20, "Gunmen", org.sitrep.model.ActorKind.UNKNOWN, 2);
        ingest(store, other);
        String attack = Fixtures.e1().id();
        assertThat(store.event(other.id())).isPresent();
        store.correct(new Correction(0, attack, Correction.Kind.MERGE,
                EventJson.MAPPER.createObjectNode().set("with", EventJson.MAPPER.createArrayNode().add(other.id()))));
        assertThat(store.event(other.id())).isEmpty();
        assertThat(store.resolve(other.id())).contains(attack);
        // rejected after the merge: the old id still finds it, and it reads as rejected
        store.correct(new Correction(0, attack, Correction.Kind.REJECT, EventJson.MAPPER.createObjectNode().put("reason", "test")));
        assertThat(store.resolve(other.id())).contains(attack);
        assertThat(store.rejected(store.resolve(other.id()).orElseThrow())).isTrue();
        // the aliases survive a full rebuild
        store.rebuildAll();
        assertThat(store.resolve(other.id())).contains(attack);
    }
}
