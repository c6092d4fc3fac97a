package org.sitrep.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.sitrep.model.Event;
import scala.Tuple2;

/**
 * Cross-article merging as a distributed step, equal to the single-process merge (see {@link MergeSpec}):
 * <ol>
 *   <li>every event gets a unique id and is filed under its blocking keys (country, week, type);</li>
 *   <li>each block is a task that compares its events pairwise and emits the linked pairs (the quadratic part); a
 *       block of more than {@link #BLOCK_CHUNK} events is cut into chunks, and each pair of chunks is a task;</li>
 *   <li>the pairs are joined into connected components: on the driver with a union-find when there are at most
 *       {@link #DRIVER_PAIRS} of them (their number is about the number of duplicate reports, not of events),
 *       else on the cluster by min-label propagation;</li>
 *   <li>each component with two or more events is a task that runs the single-process merge on it; every other
 *       event is a component of its own and is merged alone without a shuffle.</li>
 * </ol>
 * Events travel in {@link EventCodec} form so that no field is rounded on the way.
 */
public final class DistributedMerge {
    private DistributedMerge() {
    }

    /** What the last run did, for the summary and the tests. */
    public record Stats(long pairs, int components, int largestComponent) {
    }

    /** Linked pairs up to which components are found on the driver; beyond, by label propagation on the cluster. */
    public static final int DRIVER_PAIRS = 2_000_000;

    /** A block with more events than this is compared in chunks of about this size, chunk pair by chunk pair. */
    public static final int BLOCK_CHUNK = 2_000;

    /** Merges {@code events} (encoded); {@code partitions} sizes the shuffles. */
    public static Result merge(JavaSparkContext jsc, JavaRDD<byte[]> events, MergeSpec spec, int partitions) {
        return merge(jsc, events, spec, partitions, DRIVER_PAIRS, BLOCK_CHUNK);
    }

    static Result merge(JavaSparkContext jsc, JavaRDD<byte[]> events, MergeSpec spec, int partitions, int driverPairs, int chunk) {
        JavaPairRDD<Long, byte[]> withId = events.zipWithUniqueId().mapToPair(t -> new Tuple2<>(t._2(), t._1())).cache();
        JavaPairRDD<String, Tuple2<Long, byte[]>> filed = withId.flatMapToPair(t -> {
            List<Tuple2<String, Tuple2<Long, byte[]>>> out = new ArrayList<>(2);
            for (String k : spec.blocks(EventCodec.decode(t._2()))) {
                out.add(new Tuple2<>(k, t));
            }
            return out.iterator();
        });
        // blocks too big for one task: how many chunks each is cut into (only those reach the driver)
        Map<String, Integer> chunks = new HashMap<>(filed.mapToPair(t -> new Tuple2<>(t._1(), 1L)).reduceByKey(Long::sum, partitions)
                .filter(t -> t._2() > chunk).mapToPair(t -> new Tuple2<>(t._1(), (int) ((t._2() + chunk - 1) / chunk))).collectAsMap());
        Broadcast<Map<String, Integer>> cut = jsc.broadcast(chunks);
        JavaRDD<Tuple2<Long, Long>> pairRdd = filed
                .flatMapToPair(t -> {
                    int n = cut.value().getOrDefault(t._1(), 1);
                    if (n == 1) {
                        return List.of(new Tuple2<>(t._1(), new Tuple2<>(0, t._2()))).iterator();
                    }
                    int c = Math.floorMod(Long.hashCode(t._2()._1() * 0x9E3779B97F4A7C15L), n);
                    List<Tuple2<String, Tuple2<Integer, Tuple2<Long, byte[]>>>> out = new ArrayList<>(n);
                    for (int d = 0; d < n; d++) {
                        out.add(new Tuple2<>(t._1() + "\u0000" + Math.min(c, d) + "\u0000" + Math.max(c, d), new Tuple2<>(c, t._2())));
                    }
                    return out.iterator();
                })
                .groupByKey(partitions)
                .flatMap(task -> linkedPairs(task._2(), spec).iterator())
                .distinct(partitions)
                .cache();
        List<Tuple2<Long, Long>> few = pairRdd.take(driverPairs + 1);
        JavaPairRDD<Long, byte[]> alone;
        JavaPairRDD<Long, byte[]> grouped;
        Stats stats;
        if (few.size() <= driverPairs) {
            Map<Long, Long> component = components(few);
            Map<Long, Integer> sizes = new HashMap<>();
            int largest = 0;
            for (Long root : component.values()) {
                largest = Math.max(largest, sizes.merge(root, 1, Integer::sum));
            }
            stats = new Stats(few.size(), sizes.size(), largest);
            Broadcast<Map<Long, Long>> comp = jsc.broadcast(component);
            alone = withId.filter(t -> !comp.value().containsKey(t._1()));
            grouped = withId.filter(t -> comp.value().containsKey(t._1())).mapToPair(t -> new Tuple2<>(comp.value().get(t._1()), t._2()));
        } else {
            JavaPairRDD<Long, Long> labels = propagate(pairRdd, partitions);
            JavaPairRDD<Long, scala.Tuple2<byte[], org.apache.spark.api.java.Optional<Long>>> joined = withId.leftOuterJoin(labels, partitions);
            alone = joined.filter(t -> !t._2()._2().isPresent()).mapToPair(t -> new Tuple2<>(t._1(), t._2()._1()));
            grouped = joined.filter(t -> t._2()._2().isPresent()).mapToPair(t -> new Tuple2<>(t._2()._2().get(), t._2()._1()));
            Map<Long, Long> sizes = labels.mapToPair(t -> new Tuple2<>(t._2(), 1L)).reduceByKey(Long::sum).collectAsMap();
            stats = new Stats(pairRdd.count(), sizes.size(), (int) sizes.values().stream().mapToLong(Long::longValue).max().orElse(0));
        }
        JavaRDD<byte[]> single = alone.flatMap(t -> encodeAll(spec.merge(List.of(EventCodec.decode(t._2())))).iterator());
        JavaRDD<byte[]> merged = grouped.groupByKey(partitions)
                .flatMap(group -> {
                    List<Event> members = new ArrayList<>();
                    group._2().forEach(b -> members.add(EventCodec.decode(b)));
                    return encodeAll(spec.merge(members)).iterator();
                });
        return new Result(single.union(merged), stats, withId, pairRdd);
    }

    /**
     * Connected components on the cluster: every id in a pair labelled with its component's smallest id, by
     * min-label propagation along the pairs (as many rounds as the longest chain of reports, a handful).
     */
    static JavaPairRDD<Long, Long> propagate(JavaRDD<Tuple2<Long, Long>> pairs, int partitions) {
        JavaPairRDD<Long, Long> edges = pairs.flatMapToPair(p -> List.of(new Tuple2<>(p._1(), p._2()), new Tuple2<>(p._2(), p._1()))
                .iterator()).cache();
        JavaPairRDD<Long, Long> labels = edges.mapToPair(e -> new Tuple2<>(e._1(), Math.min(e._1(), e._2())))
                .reduceByKey(Math::min, partitions).cache();
        while (true) {
            JavaPairRDD<Long, Long> next = edges.join(labels, partitions)
                    .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
                    .union(labels)
                    .reduceByKey(Math::min, partitions)
                    .cache();
            long changed = next.join(labels).filter(t -> !t._2()._1().equals(t._2()._2())).count();
            labels.unpersist(false);
            labels = next;
            if (changed == 0) {
                edges.unpersist(false);
                return labels;
            }
        }
    }

    /** The merged events (encoded) and the statistics; {@link #release()} frees the cached inputs once written. */
    public record Result(JavaRDD<byte[]> merged, Stats stats, JavaPairRDD<Long, byte[]> cached, JavaRDD<Tuple2<Long, Long>> pairs) {
        public void release() {
            cached.unpersist(false);
            pairs.unpersist(false);
        }
    }

    /**
     * The linked pairs of one task: a whole block (every event in chunk 0), or two chunks of a big block (only
     * pairs across them), or one chunk (pairs within it).
     */
    static List<Tuple2<Long, Long>> linkedPairs(Iterable<Tuple2<Integer, Tuple2<Long, byte[]>>> task, MergeSpec spec) {
        List<Integer> chunk = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (Tuple2<Integer, Tuple2<Long, byte[]>> t : task) {
            chunk.add(t._1());
            ids.add(t._2()._1());
            events.add(EventCodec.decode(t._2()._2()));
        }
        boolean cross = chunk.stream().distinct().count() > 1;
        List<Tuple2<Long, Long>> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            for (int j = i + 1; j < events.size(); j++) {
                if (cross && chunk.get(i).equals(chunk.get(j))) {
                    continue;
                }
                if (spec.linked(events.get(i), events.get(j))) {
                    long a = ids.get(i);
                    long b = ids.get(j);
                    out.add(new Tuple2<>(Math.min(a, b), Math.max(a, b)));
                }
            }
        }
        return out;
    }

    /** Union-find over the pairs: every id in a pair mapped to its component's smallest id. */
    static Map<Long, Long> components(List<Tuple2<Long, Long>> pairs) {
        Map<Long, Long> parent = new HashMap<>();
        for (Tuple2<Long, Long> p : pairs) {
            long a = find(parent, p._1());
            long b = find(parent, p._2());
            if (a != b) {
                parent.put(Math.max(a, b), Math.min(a, b));
            }
        }
        Map<Long, Long> out = new HashMap<>(parent.size() * 2);
        for (Long id : parent.keySet()) {
            out.put(id, find(parent, id));
        }
        return out;
    }

    private static long find(Map<Long, Long> parent, long id) {
        Long p = parent.get(id);
        if (p == null) {
            parent.put(id, id);
            return id;
        }
        long root = id;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        long cur = id;
        while (cur != root) {
            long next = parent.get(cur);
            parent.put(cur, root);
            cur = next;
        }
        return root;
    }

    private static List<byte[]> encodeAll(List<Event> events) {
        List<byte[]> out = new ArrayList<>(events.size());
        events.forEach(e -> out.add(EventCodec.encode(e)));
        return out;
    }
}
