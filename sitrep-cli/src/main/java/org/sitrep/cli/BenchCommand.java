package org.sitrep.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.ingest.InputItem;
import org.sitrep.ingest.InputReader;
import org.sitrep.model.Document;
import org.sitrep.model.Layers;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Pipelines;
import org.sitrep.pipeline.Resources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Whole-pipeline throughput: documents/s and tokens/s after warm-up, start-up time, peak heap "
                + "(protocol: shared/spec/evaluation.md, Throughput). Inputs are repeated up to --docs documents; "
                + "nothing is cached by content.")
public final class BenchCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--docs", defaultValue = "5000", paramLabel = "N", description = "Documents to process after warm-up (default 5000).")
    int docs;

    @Option(names = "--warmup", defaultValue = "1000", paramLabel = "N", description = "Documents processed before timing (default 1000).")
    int warmup;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories of news text (e.g. the geoparsing JSON Lines).")
    List<String> paths;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        Pipeline pipeline = Pipelines.standard(new Resources(input.gazetteer));
        List<Document> corpus = new ArrayList<>();
        for (InputItem item : new InputReader(paths, input.readOptions(), System.in)) {
            if (item instanceof InputItem.Doc d) {
                corpus.add(d.document());
            }
        }
        if (corpus.isEmpty()) {
            System.err.println("sitrep: bench: no readable documents in " + paths);
            return Main.SKIPPED;
        }
        pipeline.process(corpus.get(0));
        double startup = (System.nanoTime() - t0) / 1e9;
        run(pipeline, corpus, warmup, input.threads);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long t1 = System.nanoTime();
        long tokens = run(pipeline, corpus, docs, input.threads);
        double s = (System.nanoTime() - t1) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "documents      %d (%d distinct texts repeated), threads %d%n", docs, corpus.size(), input.threads);
        System.out.printf(Locale.ROOT, "throughput     %.1f documents/s, %.0f tokens/s%n", docs / s, tokens / s);
        System.out.printf(Locale.ROOT, "per thread     %.1f documents/s%n", docs / s / input.threads);
        System.out.printf(Locale.ROOT, "start-up       %.2f s (resources loaded, first document processed)%n", startup);
        System.out.printf(Locale.ROOT, "peak heap      %.0f MB (sum of heap pools' peaks during the timed run)%n", peak / 1048576.0);
        System.out.println("time per stage (ms, all runs):");
        pipeline.timings().forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-20s %10.1f%n", k, v / 1e6));
        return Main.OK;
    }

    /** Processes {@code n} documents cycling through the corpus with fresh ids; returns tokens seen. */
    private static long run(Pipeline p, List<Document> corpus, int n, int threads) throws Exception {
        AtomicLong tokens = new AtomicLong();
        AtomicLong next = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < Math.max(1, threads); t++) {
                fs.add(pool.submit(() -> {
                    long i;
                    while ((i = next.getAndIncrement()) < n) {
                        Document src = corpus.get((int) (i % corpus.size()));
                        Document d = Document.of(src.id() + "#" + i, src.text(), src.meta());
                        tokens.addAndGet(p.process(d).get(Layers.TOKENS).size());
                    }
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return tokens.get();
    }
}
