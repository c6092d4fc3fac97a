package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.export.EventJson;
import org.sitrep.model.Count;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventLocation;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.SourceRef;
import org.sitrep.model.SubEventType;

/**
 * The distributed merge equals the single-process merge for any blocked merge, here a small one written for the
 * test (overlapping week blocks, chains of links across blocks, singletons, one big component), on Spark local[2].
 */
class DistributedMergeTest {
    static SparkSession spark;
    static JavaSparkContext jsc;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("merge-test").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4").getOrCreate();
        jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** Links events of one country, type and subtype whose start dates lie at most 2 days apart. */
    static final class ToyMerge implements MergeSpec {
        private static final long serialVersionUID = 1L;

        @Override
        public List<String> blocks(Event e) {
            LocalDate d = e.date().start();
            String c = e.location().country() + "/" + e.type();
            if (d == null) {
                return List.of(c + "/undated");
            }
            return List.of(c + "/" + week(d), c + "/" + week(d.minusDays(7)));
        }

        private static String week(LocalDate d) {
            return d.get(IsoFields.WEEK_BASED_YEAR) + "-" + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        }

        @Override
        public boolean linked(Event a, Event b) {
            if (a.subtype() != b.subtype() || !a.location().country().equals(b.location().country())) {
                return false;
            }
            LocalDate x = a.date().start();
            LocalDate y = b.date().start();
            return x == null ? y == null : y != null && Math.abs(x.toEpochDay() - y.toEpochDay()) <= 2;
        }

        @Override
        public List<Event> merge(List<Event> events) {
            List<Event> ev = new ArrayList<>(events);
            ev.sort(Comparator.comparing(EventJson::line));
            int n = ev.size();
            int[] parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
            Map<String, List<Integer>> blocks = new HashMap<>();
            for (int i = 0; i < n; i++) {
                for (String k : blocks(ev.get(i))) {
                    blocks.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
                }
            }
            for (List<Integer> b : blocks.values()) {
                for (int i = 0; i < b.size(); i++) {
                    for (int j = i + 1; j < b.size(); j++) {
                        if (linked(ev.get(b.get(i)), ev.get(b.get(j)))) {
                            parent[find(parent, b.get(i))] = find(parent, b.get(j));
                        }
                    }
                }
            }
            Map<Integer, List<Event>> clusters = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                clusters.computeIfAbsent(find(parent, i), x -> new ArrayList<>()).add(ev.get(i));
            }
            List<Event> out = new ArrayList<>();
            for (List<Event> c : clusters.values()) {
                Event first = c.get(0);
                List<SourceRef> sources = new ArrayList<>();
                int best = 0;
                for (Event e : c) {
                    sources.addAll(e.sources());
                    best = Math.max(best, e.fatalities().best());
                }
                sources.sort(Comparator.comparing(SourceRef::doc));
                out.add(new Event(first.start(), first.end(), first.triggerStart(), first.triggerEnd(), first.id(), first.type(),
                        first.subtype(), first.date(), first.location(), first.actors(), new Count(best, null, null, null), null,
                        c.size(), List.of(), first.status(), null, first.confidence(), first.evidence(), sources,
                        first.pipelineVersion()));
            }
            return out;
        }

        private static int find(int[] p, int i) {
            while (p[i] != i) {
                i = p[i];
            }
            return i;
        }
    }

    static List<Event> events(int n, long seed) {
        Random r = new Random(seed);
        String[] countries = {"ML", "NG", "SO"};
        SubEventType[] subs = {SubEventType.values()[0], SubEventType.values()[1]};
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate d = r.nextInt(10) == 0 ? null : LocalDate.of(2023, 1, 1).plusDays(r.nextInt(60));
            // a run of reports one or two days apart, which chains across week blocks
            if (i >= 50 && i < 60) {
                d = LocalDate.of(2023, 5, 1).plusDays((i - 50) * 2L);
            }
            SubEventType sub = i >= 50 && i < 60 ? subs[0] : subs[r.nextInt(2)];
            String c = i >= 50 && i < 60 ? "ML" : countries[r.nextInt(3)];
            String doc = "doc-" + i;
            out.add(new Event(0, 10, 0, 3, "e" + i, sub.type(), sub, d == null ? EventDate.unknown()
                    : new EventDate(d, d, org.sitrep.model.DatePrecision.DAY, null),
                    new EventLocation(null, c, null, null, null, null, org.sitrep.model.GeoPrecision.COUNTRY, null), List.of(),
                    new Count(r.nextInt(30), null, null, null), null, null, List.of(), org.sitrep.model.EventStatus.OCCURRED, null,
                    r.nextDouble(), List.of(new Evidence(doc, 0, 10, null)), List.of(new SourceRef(doc, null, null, null, null, null)),
                    "v"));
        }
        return out;
    }

    @Test
    void equalsTheSingleProcessMerge() {
        ToyMerge spec = new ToyMerge();
        List<Event> all = events(120, 7);
        List<String> expected = spec.merge(all).stream().map(EventJson::line).sorted().toList();
        assertThat(expected.size()).as("the data has merges and singletons").isLessThan(all.size()).isGreaterThan(10);

        List<byte[]> encoded = all.stream().map(EventCodec::encode).toList();
        JavaRDD<byte[]> rdd = jsc.parallelize(encoded, 3);
        DistributedMerge.Result res = DistributedMerge.merge(jsc, rdd, spec, 4);
        List<String> got = res.merged().collect().stream().map(EventCodec::decode).map(EventJson::line).sorted().toList();
        res.release();
        assertThat(got).containsExactlyElementsOf(expected);
        assertThat(res.stats().largestComponent()).as("the chained run is one component").isGreaterThanOrEqualTo(10);
    }

    @Test
    void componentsFoundOnTheClusterGiveTheSameResult() {
        ToyMerge spec = new ToyMerge();
        List<Event> all = events(120, 11);
        List<String> expected = spec.merge(all).stream().map(EventJson::line).sorted().toList();
        JavaRDD<byte[]> rdd = jsc.parallelize(all.stream().map(EventCodec::encode).toList(), 3);
        DistributedMerge.Result onDriver = DistributedMerge.merge(jsc, rdd, spec, 4, Integer.MAX_VALUE - 1, 1000);
        DistributedMerge.Result onCluster = DistributedMerge.merge(jsc, rdd, spec, 4, 0, 1000);
        List<String> got = onCluster.merged().collect().stream().map(EventCodec::decode).map(EventJson::line).sorted().toList();
        onDriver.merged().count();
        assertThat(got).containsExactlyElementsOf(expected);
        assertThat(onCluster.stats()).isEqualTo(onDriver.stats());
        // big blocks cut into chunks of 4 events: every chunk pair is its own task, same pairs, same result
        DistributedMerge.Result chunked = DistributedMerge.merge(jsc, rdd, spec, 4, Integer.MAX_VALUE - 1, 4);
        assertThat(chunked.merged().collect().stream().map(EventCodec::decode).map(EventJson::line).sorted().toList())
                .containsExactlyElementsOf(expected);
        assertThat(chunked.stats()).isEqualTo(onDriver.stats());
        chunked.release();
        onDriver.release();
        onCluster.release();
    }

    @Test
    void componentsJoinChains() {
        var pairs = List.of(new scala.Tuple2<>(5L, 9L), new scala.Tuple2<>(1L, 9L), new scala.Tuple2<>(20L, 30L),
                new scala.Tuple2<>(30L, 40L), new scala.Tuple2<>(2L, 40L));
        Map<Long, Long> c = DistributedMerge.components(pairs);
        assertThat(c).containsEntry(5L, 1L).containsEntry(9L, 1L).containsEntry(1L, 1L)
                .containsEntry(20L, 2L).containsEntry(30L, 2L).containsEntry(40L, 2L).containsEntry(2L, 2L).hasSize(7);
    }
}
