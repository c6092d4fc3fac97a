package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Cli;

/**
 * The contract of {@code sitrep batch} (cli.md): on the same inputs, OUT/events/ holds exactly the lines of
 * {@code sitrep extract} and OUT/merged/ exactly those of {@code sitrep extract --merge}, compared as multisets
 * of JSON lines; both also as Parquet with the same events; partitions by start month.
 */
class BatchParityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path tmp;
    static Path corpus;
    static Path out;
    static Cli.Run extract;
    static Cli.Run batch;
    static SparkSession reader;

    @BeforeAll
    static void run() {
        corpus = tmp.resolve("corpus");
        Corpus.write(corpus);
        out = tmp.resolve("out");
        extract = Cli.run("extract", corpus.toString());
        // the corpus as a Hadoop file system URI (file:///…): ids and names must come out as for the local path
        batch = Cli.run("batch", "--master", "local[2]", "--output", out.toString(), corpus.toUri().toString());
    }

    @AfterAll
    static void stop() {
        if (reader != null) {
            reader.stop();
        }
    }

    static SparkSession reader() {
        if (reader == null) {
            reader = SparkSession.builder().master("local[1]").appName("sitrep-test-reader").config("spark.ui.enabled", "false")
                    .getOrCreate();
        }
        return reader;
    }

    @Test
    void eventsEqualExtractEventForEvent() {
        assertThat(batch.code()).as(batch.err()).isEqualTo(extract.code());
        List<String> expected = extract.out().lines().sorted().toList();
        assertThat(expected).as("extract finds events in the corpus: %s", extract.err()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(CliRun.lines(out.resolve("events/jsonl"))).containsExactlyElementsOf(expected);
    }

    @Test
    void skippedInputsAreNamedAndTheExitCodeSaysSo() {
        assertThat(extract.code()).isEqualTo(1);
        assertThat(batch.code()).isEqualTo(1);
        assertThat(batch.err()).contains("skipped").contains("wire.jsonl: line starting at byte").contains("empty.txt")
                .doesNotContain("hidden");
        long extractSkipped = extract.err().lines().filter(l -> l.startsWith("sitrep: skipped")).count();
        long batchSkipped = batch.err().lines().filter(l -> l.startsWith("sitrep: skipped")).count();
        assertThat(batchSkipped).isEqualTo(extractSkipped).isEqualTo(3);
    }

    @Test
    void partitionsAreStartMonths() throws Exception {
        List<String[]> lines = CliRun.partLines(out.resolve("events/jsonl"));
        assertThat(lines).isNotEmpty();
        for (String[] l : lines) {
            JsonNode start = JSON.readTree(l[1]).path("date").path("start");
            String month = start.isTextual() ? start.asText().substring(0, 7) : "unknown";
            assertThat(l[0]).isEqualTo("month=" + month);
        }
        assertThat(lines.stream().map(l -> l[0]).distinct().count()).as("several months").isGreaterThan(3);
    }

    @Test
    void parquetHoldsTheSameEvents() throws Exception {
        Map<String, JsonNode> byId = new HashMap<>();
        for (String l : CliRun.lines(out.resolve("events/jsonl"))) {
            JsonNode n = JSON.readTree(l);
            byId.put(n.get("id").asText() + "|" + n.path("evidence").path(0).path("doc").asText(), n);
        }
        Dataset<Row> rows = reader().read().parquet(out.resolve("events/parquet").toString());
        List<Row> all = rows.selectExpr("id", "evidence[0].doc", "type", "subtype", "date.start", "location.lat", "fatalities.best",
                "size(actors)", "size(sources)", "confidence", "month").collectAsList();
        assertThat(all).hasSize(byId.size());
        for (Row r : all) {
            JsonNode n = byId.get(r.getString(0) + "|" + r.getString(1));
            assertThat(n).as("parquet row %s has a JSON line", r).isNotNull();
            assertThat(r.getString(2)).isEqualTo(n.get("type").asText());
            assertThat(r.getString(3)).isEqualTo(n.get("subtype").asText());
            assertThat(r.isNullAt(4) ? null : r.get(4).toString()).isEqualTo(n.path("date").path("start").isNull() ? null
                    : n.path("date").path("start").asText());
            assertThat(r.isNullAt(5) ? null : r.getDouble(5)).isEqualTo(n.path("location").path("lat").isNull() ? null
                    : n.path("location").path("lat").asDouble());
            assertThat(r.isNullAt(6) ? null : r.getInt(6)).isEqualTo(n.path("fatalities").path("best").isNumber()
                    ? n.path("fatalities").path("best").asInt() : null);
            assertThat(r.getInt(7)).isEqualTo(n.get("actors").size());
            assertThat(r.getInt(8)).isEqualTo(n.get("sources").size());
            assertThat(r.getDouble(9)).isEqualTo(n.get("confidence").asDouble());
            assertThat(r.getString(10)).isEqualTo(n.path("date").path("start").isNull() ? "unknown"
                    : n.path("date").path("start").asText().substring(0, 7));
        }
    }

    @Test
    void mergedEqualsExtractMerge() {
        Cli.Run merged = Cli.run("extract", "--merge", corpus.toString());
        List<String> expected = merged.out().lines().sorted().toList();
        List<String> perDoc = extract.out().lines().toList();
        assertThat(expected).as("the corpus has reports of the same incidents").hasSizeLessThan(perDoc.size()).isNotEmpty();
        assertThat(CliRun.lines(out.resolve("merged/jsonl"))).containsExactlyElementsOf(expected);
        assertThat(reader().read().parquet(out.resolve("merged/parquet").toString()).count()).isEqualTo(expected.size());
    }

    @Test
    void thePipelineLoadsOncePerExecutorJvm() {
        assertThat(batch.code()).isEqualTo(1);
        assertThat(ExecutorPipeline.loads()).isEqualTo(1);
        assertThat(Files.isDirectory(out.resolve("events/parquet"))).isTrue();
    }
}
