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
 *   <li>each block is a task that compares its events pairwise and emits the linked pairs (the quadratic part);</li>
 *   <li>the driver joins the pairs into connected components with a union-find (linear in the number of pairs,
 *       which is about the number of duplicate reports, not of events);</li>
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

    /** Merges {@code events} (encoded); {@code partitions} sizes the shuffles. */
    public static Result merge(JavaSparkContext jsc, JavaRDD<byte[]> events, MergeSpec spec, int partitions) {
        JavaPairRDD<Long, byte[]> withId = events.zipWithUniqueId().mapToPair(t -> new Tuple2<>(t._2(), t._1())).cache();
        List<Tuple2<Long, Long>> pairs = withId
                .flatMapToPair(t -> {
                    List<Tuple2<String, Tuple2<Long, byte[]>>> out = new ArrayList<>(2);
                    for (String k : spec.blocks(EventCodec.decode(t._2()))) {
                        out.add(new Tuple2<>(k, t));
                    }
                    return out.iterator();
                })
                .groupByKey(partitions)
                .flatMap(block -> linkedPairs(block._2(), spec).iterator())
                .distinct(partitions)
                .collect();
        Map<Long, Long> component = components(pairs);
        int largest = 0;
        Map<Long, Integer> sizes = new HashMap<>();
        for (Long root : component.values()) {
            largest = Math.max(largest, sizes.merge(root, 1, Integer::sum));
        }
        Broadcast<Map<Long, Long>> comp = jsc.broadcast(component);
        JavaRDD<byte[]> alone = withId.filter(t -> !comp.value().containsKey(t._1()))
                .flatMap(t -> encodeAll(spec.merge(List.of(EventCodec.decode(t._2())))).iterator());
        JavaRDD<byte[]> joined = withId.filter(t -> comp.value().containsKey(t._1()))
                .mapToPair(t -> new Tuple2<>(comp.value().get(t._1()), t._2()))
                .groupByKey(partitions)
                .flatMap(group -> {
                    List<Event> members = new ArrayList<>();
                    group._2().forEach(b -> members.add(EventCodec.decode(b)));
                    return encodeAll(spec.merge(members)).iterator();
                });
        return new Result(alone.union(joined), new Stats(pairs.size(), sizes.size(), largest), withId);
    }

    /** The merged events (encoded) and the statistics; {@link #release()} frees the cached inputs once written. */
    public record Result(JavaRDD<byte[]> merged, Stats stats, JavaPairRDD<Long, byte[]> cached) {
        public void release() {
            cached.unpersist(false);
        }
    }

    static List<Tuple2<Long, Long>> linkedPairs(Iterable<Tuple2<Long, byte[]>> block, MergeSpec spec) {
        List<Long> ids = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (Tuple2<Long, byte[]> t : block) {
            ids.add(t._1());
            events.add(EventCodec.decode(t._2()));
        }
        List<Tuple2<Long, Long>> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            for (int j = i + 1; j < events.size(); j++) {
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
