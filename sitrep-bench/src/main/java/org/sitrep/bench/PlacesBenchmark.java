package org.sitrep.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Pipelines;
import org.sitrep.pipeline.Resources;
import org.sitrep.pipeline.Stage;

/**
 * Place recognition and resolution together ({@code places.recognize} then {@code places.resolve}) on one thread,
 * in megabytes of text per second per core: the secondary result {@code mbText} is the rate of the auxiliary
 * counter that adds each document's UTF-8 size in MB (so its "ops/s" are MB/s). Documents carry the layers the
 * two stages require (tokens, sentences), computed in setup, so only place work is timed. Corpus as in
 * {@link StageBenchmark} ({@code -Dsitrep.bench.corpus=FILE.jsonl}, else the bundled demo reports).
 *
 * <pre>java -Dsitrep.bench.corpus=../shared/eval/geoparsing/lgl.jsonl -jar sitrep-bench/target/benchmarks.jar PlacesBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class PlacesBenchmark {
    /** Text processed, in MB; JMH reports its rate per second (MB/s on one thread = MB/s per core). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bytes {
        public double mbText;

        @Setup(Level.Iteration)
        public void reset() {
            mbText = 0;
        }
    }

    private Stage recognize;
    private Stage resolve;
    private Document[] inputs;
    private double[] mb;
    private int next;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        Pipeline p = Pipelines.standard(Resources.bundled());
        List<Stage> before = new ArrayList<>();
        for (Stage s : p.stages()) {
            if (s.name().equals("places.recognize")) {
                recognize = s;
            } else if (s.name().equals("places.resolve")) {
                resolve = s;
            } else if (recognize == null) {
                before.add(s);
            }
        }
        if (recognize == null || resolve == null) {
            throw new IllegalStateException("no places.recognize / places.resolve stage in " + p.describe());
        }
        Pipeline prefix = Pipeline.of(before);
        List<Document> docs = StageBenchmark.corpusDocuments();
        inputs = new Document[docs.size()];
        mb = new double[docs.size()];
        double total = 0;
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = prefix.process(docs.get(i));
            mb[i] = inputs[i].text().getBytes(StandardCharsets.UTF_8).length / 1e6;
            total += mb[i];
        }
        System.out.printf("%nplaces: %d documents, %.2f MB of text, mean %.0f bytes%n", inputs.length, total,
                total * 1e6 / inputs.length);
    }

    @Benchmark
    public Document recognizeAndResolve(Bytes bytes) {
        int i = next;
        next = next + 1 == inputs.length ? 0 : next + 1;
        bytes.mbText += mb[i];
        return resolve.process(recognize.process(inputs[i]));
    }
}
