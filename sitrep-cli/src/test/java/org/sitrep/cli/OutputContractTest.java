package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.InputItem;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.model.Event;
import org.sitrep.model.Layers;
import org.sitrep.pipeline.DocumentRunner;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Pipelines;
import org.sitrep.pipeline.Resources;

/**
 * Every line of extract and annotate validates against the JSON Schemas of shared/spec; every evidence span
 * contains its event's trigger; output is byte-identical across runs and thread counts.
 */
class OutputContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    private static Path demo;

    @BeforeAll
    static void writeDemoReports() throws Exception {
        demo = dir.resolve("reports.jsonl");
        try (InputStream in = OutputContractTest.class.getResourceAsStream("/sitrep/demo/reports.jsonl")) {
            Files.write(demo, in.readAllBytes());
        }
    }

    private static JsonSchema schema(String name) throws Exception {
        Path shared = Cli.shared();
        assumeTrue(shared != null, "../shared is absent: schema validation skipped");
        // load by file URI so the schema's relative $id resolves against its own location
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(com.networknt.schema.SchemaLocation.of(shared.resolve("spec").resolve(name).toUri().toString()));
    }

    private static void validateLines(JsonSchema schema, String jsonl, int atLeast) throws Exception {
        List<String> lines = jsonl.lines().toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(atLeast);
        for (String line : lines) {
            Set<ValidationMessage> errors = schema.validate(JSON.readTree(line));
            assertThat(errors).as("schema errors for %s", line).isEmpty();
        }
    }

    @Test
    void extractLinesValidateAgainstTheEventSchema() throws Exception {
        JsonSchema s = schema("event.schema.json");
        Cli.Run r = Cli.run("extract", demo.toString());
        assertThat(r.code()).as(r.err()).isZero();
        validateLines(s, r.out(), 3);
    }

    @Test
    void seedArticleEventsValidate() throws Exception {
        JsonSchema s = schema("event.schema.json");
        Path seeds = Cli.shared().resolve("seeds");
        assumeTrue(Files.isDirectory(seeds), "no seeds");
        Cli.Run r = Cli.run("extract", "--published", "2017-07-25", seeds.toString());
        assertThat(r.code()).as(r.err()).isZero();
        validateLines(s, r.out(), 1);
    }

    @Test
    void annotateLinesValidateAgainstTheMentionSchema() throws Exception {
        JsonSchema s = schema("mention.schema.json");
        Cli.Run r = Cli.run("annotate", demo.toString());
        assertThat(r.code()).as(r.err()).isZero();
        validateLines(s, r.out(), 10);
        assertThat(r.out()).contains("\"kind\":\"place\"").contains("\"kind\":\"date\"").contains("\"kind\":\"actor\"")
                .contains("\"kind\":\"quantity\"");
    }

    @Test
    void geojsonCsvAndJsonFormatsAreWellFormed() throws Exception {
        Cli.Run geo = Cli.run("extract", "--format", "geojson", demo.toString());
        JsonNode fc = JSON.readTree(geo.out());
        assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(fc.get("features").size()).isGreaterThan(0);
        Cli.Run json = Cli.run("extract", "--format", "json", demo.toString());
        assertThat(JSON.readTree(json.out()).isArray()).isTrue();
        Cli.Run csv = Cli.run("extract", "--format", "csv", demo.toString());
        assertThat(csv.out().lines().findFirst().orElseThrow()).isEqualTo(org.sitrep.export.EventCsv.header());
        assertThat(JSON.readTree(json.out()).size()).isEqualTo(fc.get("features").size());
    }

    @Test
    void outputIsByteIdenticalAcrossRunsAndThreadCounts() {
        Cli.Run a = Cli.run("extract", demo.toString());
        Cli.Run b = Cli.run("extract", "--threads", "2", demo.toString());
        Cli.Run c = Cli.run("annotate", demo.toString());
        Cli.Run d = Cli.run("annotate", "--threads", "2", demo.toString());
        assertThat(a.out()).isNotEmpty().isEqualTo(b.out());
        assertThat(c.out()).isNotEmpty().isEqualTo(d.out());
    }

    @Test
    void everyEvidenceSpanContainsItsTrigger() {
        Pipeline p = Pipelines.standard(Resources.bundled());
        DocumentRunner runner = new DocumentRunner(p, 1, false);
        int events = 0;
        for (InputItem item : new InputReader(List.of(demo.toString()), ReadOptions.defaults(), System.in)) {
            DocumentRunner.Result r = runner.processOne(item);
            assertThat(r.ok()).as(String.valueOf(r.failure())).isTrue();
            String text = r.document().text();
            for (Event e : r.document().get(Layers.EVENTS)) {
                events++;
                assertThat(e.triggerStart()).isGreaterThanOrEqualTo(e.start());
                assertThat(e.triggerEnd()).isLessThanOrEqualTo(e.end()).isGreaterThan(e.triggerStart());
                e.evidence().forEach(ev -> {
                    assertThat(ev.start()).isLessThanOrEqualTo(e.triggerStart());
                    assertThat(ev.end()).isGreaterThanOrEqualTo(e.triggerEnd());
                    assertThat(ev.quote()).isEqualTo(text.substring(ev.start(), ev.end()));
                });
                assertThat(e.pipelineVersion()).startsWith("sitrep-");
            }
        }
        assertThat(events).isGreaterThanOrEqualTo(3);
    }

    @Test
    void demoRunsWithoutServingAndWritesJson() throws Exception {
        Cli.Run r = Cli.run("demo", "--no-serve", "--data", dir.resolve("data").toString());
        assertThat(r.code()).as(r.err()).isZero();
        Path events = dir.resolve("data/demo/events.jsonl");
        assertThat(r.out()).contains(events.toAbsolutePath().toString());
        assertThat(Files.readAllLines(events)).isNotEmpty();
    }
}
