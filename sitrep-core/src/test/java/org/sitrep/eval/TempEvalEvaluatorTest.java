package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Pipelines;
import org.sitrep.pipeline.Resources;

/** The TempEval-3 evaluator on a hand-made record, and (evaluation tier) on the dev set with pinned floors. */
class TempEvalEvaluatorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void scoresSpansAndValuesWithCodePointOffsets(@TempDir Path dir) throws IOException {
        // the emoji is two UTF-16 units but one code point: gold offsets count code points
        String text = "\uD83D\uDE00 Troops left on Monday. In June the talks ended.";
        int monday = text.codePointCount(0, text.indexOf("Monday"));
        int june = text.codePointCount(0, text.indexOf("June"));
        String rec = JSON.writeValueAsString(JSON.createObjectNode()
                .put("id", "d1").put("dct", "2017-07-26T10:00").put("text", text)
                .set("timexes", JSON.createArrayNode()
                        .add(JSON.createObjectNode().put("type", "DATE").put("value", "2017-07-24").put("start", monday).put("end", monday + 6).put("text", "Monday"))
                        .add(JSON.createObjectNode().put("type", "DATE").put("value", "2016-06").put("start", june).put("end", june + 4).put("text", "June"))));
        Path file = dir.resolve("te.jsonl");
        Files.writeString(file, rec + "\n", StandardCharsets.UTF_8);
        assertThat(new TempEvalEvaluator().accepts(JSON.readTree(rec))).isTrue();
        assertThat(Evaluators.forRecord(JSON.readTree(rec))).get().isInstanceOf(TempEvalEvaluator.class);
        EvalReport r;
        try (MissWriter w = new MissWriter(dir, "te")) {
            r = new TempEvalEvaluator().evaluate(file, Pipelines.standard(org.sitrep.testing.TinyGazetteer.get()), w);
        }
        assertThat(r.get("timex.span.recall")).isEqualTo(1.0);
        assertThat(r.get("timex.span.precision")).isEqualTo(1.0);
        // "In June ... ended" in a July article is June 2017, not the gold's 2016: one value miss
        assertThat(r.get("timex.value.recall")).isEqualTo(0.5);
        assertThat(Files.readString(dir.resolve("te.misses.jsonl"))).contains("timex.value").contains("2016-06");
    }

    @Test
    @Tag("evaluation")
    void devSetFloors() throws IOException {
        Path file = Path.of(System.getProperty("sitrep.shared", "../../shared"), "eval", "tempeval3", "tbaq_timebank_aquaint_dev.jsonl");
        Assumptions.assumeFalse("true".equals(System.getProperty("sitrep.skipEval")), "evaluation skipped (-DskipEval=true)");
        Assumptions.assumeTrue(Files.isRegularFile(file), "TempEval-3 dev set not found at " + file
                + "; set -Dsitrep.shared=<path of the shared folder> to run the evaluation");
        Pipeline p = Pipelines.standard(org.sitrep.testing.TinyGazetteer.get());
        EvalReport r;
        try (MissWriter w = MissWriter.discard()) {
            r = new TempEvalEvaluator().evaluate(file, p, w);
        }
        System.out.println(r.format());
        // measured 2026-11-25: span F1 0.948, value F1 0.794 (floors = measured minus 0.01)
        assertThat(r.get("timex.span.f1")).isGreaterThanOrEqualTo(0.938);
        assertThat(r.get("timex.value.f1")).isGreaterThanOrEqualTo(0.784);
    }
}
