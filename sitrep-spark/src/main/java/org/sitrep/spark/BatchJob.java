package org.sitrep.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.sitrep.ingest.InputItem;
import org.sitrep.ingest.InputReader;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Layers;
import org.sitrep.pipeline.DocumentRunner;

/**
 * The Spark job behind {@code sitrep batch}: reads the inputs on the executors, runs the standard pipeline on each
 * document (one pipeline per executor JVM), writes the per-document events and the merged events, each as JSON
 * Lines and Parquet partitioned by start month:
 * <pre>
 * OUT/events/jsonl/month=YYYY-MM/part-*.txt     the lines `sitrep extract` prints
 * OUT/events/parquet/month=YYYY-MM/part-*.parquet
 * OUT/merged/jsonl/month=.../                   the lines `sitrep extract --merge` prints
 * OUT/merged/parquet/month=.../
 * </pre>
 * Undated events go to {@code month=unknown}.
 */
public final class BatchJob {
    /** At most this many skipped inputs are named in the summary (the count is always exact). */
    public static final int MAX_NAMED_FAILURES = 200;

    private BatchJob() {
    }

    /** What the job did. */
    public record Summary(long documents, long skipped, long undated, long events, long merged, List<String> failures,
                          DistributedMerge.Stats mergeStats, long millis) {
    }

    /** Runs the job; {@code merge} null skips the merged output. */
    public static Summary run(SparkSession spark, BatchConfig config, List<String> paths, String out, MergeSpec merge) {
        long t0 = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int parallelism = Math.max(1, jsc.defaultParallelism());
        Configuration hadoop = jsc.hadoopConfiguration();
        config.readOptions(); // fail on the driver, not in every task, when an option is bad

        List<Inputs.FileInput> whole = new ArrayList<>();
        java.util.Map<String, String> lineFiles = new java.util.LinkedHashMap<>();
        for (Inputs.FileInput in : Inputs.expand(paths, hadoop)) {
            if (in.failure() == null && config.jsonLines(in.name())) {
                lineFiles.put(in.uri(), in.name());
            } else {
                whole.add(in);
            }
        }
        SerializableConfiguration conf = new SerializableConfiguration(hadoop);
        List<JavaRDD<Outcome>> parts = new ArrayList<>();
        if (!whole.isEmpty()) {
            parts.add(jsc.parallelize(whole, Math.min(whole.size(), parallelism * 4))
                    .mapPartitions(it -> processFiles(it, config, conf)));
        }
        if (!lineFiles.isEmpty()) {
            parts.add(jsonLines(jsc, lineFiles, parallelism).mapPartitions(it -> processLines(it, config)));
        }
        JavaRDD<Outcome> outcomes = parts.isEmpty() ? jsc.emptyRDD() : parts.size() == 1 ? parts.get(0) : parts.get(0).union(parts.get(1));
        outcomes = outcomes.persist(StorageLevel.MEMORY_AND_DISK());

        // one pass for the counts: documents, skipped, undated, events
        long[] counts = outcomes.aggregate(new long[4], (c, o) -> {
            c[o.ok() ? 0 : 1]++;
            c[2] += o.undated() ? 1 : 0;
            c[3] += o.events().size();
            return c;
        }, (a, b) -> {
            for (int i = 0; i < a.length; i++) {
                a[i] += b[i];
            }
            return a;
        });
        long documents = counts[0];
        long skipped = counts[1];
        long undated = counts[2];
        List<String> failures = skipped == 0 ? List.of()
                : outcomes.filter(o -> !o.ok()).map(o -> o.failure()).take(MAX_NAMED_FAILURES);

        JavaRDD<byte[]> events = outcomes.flatMap(o -> o.events().iterator());
        write(spark, events, out + "/events");
        long nEvents = counts[3];
        long nMerged = 0;
        DistributedMerge.Stats stats = null;
        if (merge != null) {
            DistributedMerge.Result r = DistributedMerge.merge(jsc, events, merge, parallelism * 2);
            JavaRDD<byte[]> merged = r.merged().persist(StorageLevel.MEMORY_AND_DISK());
            write(spark, merged, out + "/merged");
            nMerged = merged.count();
            merged.unpersist(false);
            r.release();
            stats = r.stats();
        }
        outcomes.unpersist(false);
        return new Summary(documents, skipped, undated, nEvents, nMerged, failures, stats, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Writes encoded events under {@code dir}/jsonl and {@code dir}/parquet. */
    static void write(SparkSession spark, JavaRDD<byte[]> encoded, String dir) {
        JavaRDD<Event> events = encoded.map(EventCodec::decode);
        spark.createDataFrame(events.map(EventRows::line), EventRows.LINES)
                .write().mode(SaveMode.Overwrite).partitionBy("month").text(dir + "/jsonl");
        spark.createDataFrame(events.map(EventRows::row), EventRows.SCHEMA)
                .write().mode(SaveMode.Overwrite).partitionBy("month").parquet(dir + "/parquet");
    }

    /** JSON Lines files split by line across tasks (gzip and bzip2 too); each line keeps its file and byte offset. */
    private static JavaRDD<LineInput> jsonLines(JavaSparkContext jsc, java.util.Map<String, String> files, int parallelism) {
        Job job;
        try {
            job = Job.getInstance(jsc.hadoopConfiguration());
            FileInputFormat.setInputPaths(job, files.keySet().stream().map(org.apache.hadoop.fs.Path::new)
                    .toArray(org.apache.hadoop.fs.Path[]::new));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        @SuppressWarnings("unchecked")
        JavaNewHadoopRDD<LongWritable, Text> raw = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopRDD(job.getConfiguration(),
                TextInputFormat.class, LongWritable.class, Text.class);
        java.util.HashMap<String, String> names = new java.util.HashMap<>(files);
        JavaRDD<LineInput> lines = raw.mapPartitionsWithInputSplit((split, it) -> {
            org.apache.hadoop.fs.Path path = ((FileSplit) split).getPath();
            String name = names.getOrDefault(path.toString(), path.getName());
            return map(it, t -> new LineInput(name, t._1().get(), Arrays.copyOf(t._2().getBytes(), t._2().getLength())));
        }, true);
        return lines.getNumPartitions() < parallelism * 2 ? lines.repartition(parallelism * 2) : lines;
    }

    /** One line of a JSON Lines file. */
    public record LineInput(String name, long offset, byte[] bytes) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    private static Iterator<Outcome> processFiles(Iterator<Inputs.FileInput> files, BatchConfig config, SerializableConfiguration conf) {
        DocumentRunner runner = ExecutorPipeline.runner(config);
        InputReader reader = new InputReader(List.of(), config.readOptions(), java.io.InputStream.nullInputStream());
        Iterator<InputItem> items = flat(files, f -> Inputs.read(f, config, reader, conf.value()));
        return map(items, item -> outcome(runner.processOne(item)));
    }

    private static Iterator<Outcome> processLines(Iterator<LineInput> lines, BatchConfig config) {
        DocumentRunner runner = ExecutorPipeline.runner(config);
        InputReader reader = new InputReader(List.of(), config.readOptions(), java.io.InputStream.nullInputStream());
        Iterator<InputItem> items = flat(lines, l -> {
            InputItem item = reader.jsonLine(l.name(), "starting at byte " + l.offset(), l.bytes());
            return item == null ? java.util.Collections.emptyIterator() : List.of(item).iterator();
        });
        return map(items, item -> outcome(runner.processOne(item)));
    }

    /** A lazy map, so a task holds one document at a time, not its whole partition. */
    static <A, B> Iterator<B> map(Iterator<A> in, java.util.function.Function<A, B> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return in.hasNext();
            }

            @Override
            public B next() {
                return f.apply(in.next());
            }
        };
    }

    /** A lazy flat map. */
    static <A, B> Iterator<B> flat(Iterator<A> in, java.util.function.Function<A, Iterator<B>> f) {
        return new Iterator<>() {
            private Iterator<B> cur = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!cur.hasNext() && in.hasNext()) {
                    cur = f.apply(in.next());
                }
                return cur.hasNext();
            }

            @Override
            public B next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return cur.next();
            }
        };
    }

    static Outcome outcome(DocumentRunner.Result r) {
        if (!r.ok()) {
            return new Outcome(r.input(), r.failure(), false, List.of());
        }
        Document d = r.document();
        List<byte[]> events = new ArrayList<>();
        if (d.has(Layers.EVENTS)) {
            for (Event e : d.get(Layers.EVENTS)) {
                events.add(EventCodec.encode(e));
            }
        }
        return new Outcome(r.input(), null, d.meta().published() == null, events);
    }
}
