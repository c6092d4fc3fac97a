package org.sitrep.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sitrep.ingest.InputItem;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Pipelines;
import org.sitrep.pipeline.Resources;
import org.sitrep.pipeline.Stage;

/**
 * Throughput of one stage of the standard pipeline, in documents per second, on real news text: the JSON Lines
 * corpus named by {@code -Dsitrep.bench.corpus=FILE} (e.g. ../shared/eval/geoparsing/lgl.jsonl), else the
 * bundled demo reports. Each document already carries the layers the stage requires (computed in setup), so
 * only the stage itself is timed. MB/s per core = ops/s × the mean document size printed at setup.
 *
 * <pre>mvn -Pbench -pl sitrep-bench -am package -DskipTests
 * java -Dsitrep.bench.corpus=../shared/eval/geoparsing/lgl.jsonl -jar sitrep-bench/target/benchmarks.jar</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StageBenchmark {
    @Param({"text.tokens", "places.recognize", "places.resolve", "dates.recognize", "dates.resolve", "mentions.actors",
            "mentions.quantities", "events.detect"})
    public String stage;

    private Stage target;
    private Document[] inputs;
    private int next;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        Pipeline p = Pipelines.standard(Resources.bundled());
        List<Stage> before = new ArrayList<>();
        for (Stage s : p.stages()) {
            if (s.name().equals(stage)) {
                target = s;
                break;
            }
            before.add(s);
        }
        if (target == null) {
            throw new IllegalArgumentException("no stage '" + stage + "' in " + p.describe());
        }
        Pipeline prefix = Pipeline.of(before);
        List<Document> docs = new ArrayList<>();
        long chars = 0;
        for (Document d : corpusDocuments()) {
            docs.add(before.isEmpty() ? d : prefix.process(d));
            chars += d.text().length();
        }
        inputs = docs.toArray(new Document[0]);
        System.out.printf("%n%s: %d documents, mean %.0f chars%n", stage, inputs.length, (double) chars / inputs.length);
    }

    /** The benchmark corpus: {@code -Dsitrep.bench.corpus=FILE.jsonl}, else the bundled demo reports. */
    static List<Document> corpusDocuments() throws IOException {
        String file = System.getProperty("sitrep.bench.corpus");
        Path path;
        if (file != null) {
            path = Path.of(file);
        } else {
            path = Files.createTempFile("sitrep-bench", ".jsonl");
            try (InputStream in = StageBenchmark.class.getResourceAsStream("/sitrep/demo/reports.jsonl")) {
                if (in == null) {
                    throw new IOException("give -Dsitrep.bench.corpus=FILE.jsonl (the demo reports are not on the class path)");
                }
                Files.write(path, in.readAllBytes());
            }
        }
        List<Document> out = new ArrayList<>();
        for (InputItem item : new InputReader(List.of(path.toString()), ReadOptions.defaults(),
                new java.io.ByteArrayInputStream(new byte[0]))) {
            if (item instanceof InputItem.Doc d) {
                out.add(d.document().withMeta(d.document().meta().withPublished(
                        d.document().meta().published() == null ? java.time.LocalDate.of(2017, 7, 25) : d.document().meta().published(), "bench")));
            }
        }
        if (out.isEmpty()) {
            throw new IOException(path + ": no documents (" + StandardCharsets.UTF_8 + " JSON Lines with id and text expected)");
        }
        return out;
    }

    @Benchmark
    public Document process() {
        Document d = inputs[next];
        next = next + 1 == inputs.length ? 0 : next + 1;
        return target.process(d);
    }
}
