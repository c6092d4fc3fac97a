package org.sitrep.geodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.eval.EvalReport;
import org.sitrep.eval.GeoparsingEvaluator;
import org.sitrep.eval.MissWriter;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Pipelines;
import org.sitrep.pipeline.Resources;

/**
 * Evaluation tier: the geoparsing protocol (shared/spec/evaluation.md, "Places") on the development sets in
 * ../shared/eval/geoparsing. Floors are the measured values minus a small margin; misses go to
 * target/eval-misses. Skipped with a message when the data is absent or -DskipEval=true.
 */
class GeoparsingEvaluationTest {
    private static Pipeline pipeline;

    static Path data(String file) {
        Assumptions.assumeFalse(Boolean.getBoolean("sitrep.skipEval"), "evaluation skipped (-DskipEval=true)");
        String shared = System.getProperty("sitrep.shared", "../shared");
        Path p = Path.of(shared, "eval", "geoparsing", file);
        Assumptions.assumeTrue(Files.exists(p), "evaluation data " + p + " is absent: skipping the geoparsing evaluation");
        return p;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // file,           found, accuracy@161km, precision
        // measured (geo6: country points, repeated-name evidence, person and acronym rules): lgl 0.899 / 0.880 / 0.777,
        // geovirus 0.947 / 0.872 / 0.768, geowebnews 0.873 / 0.881 / 0.868; floors are measured - 0.01 to 0.02
        "lgl.jsonl,        0.885, 0.865,          0.76",
        "geovirus.jsonl,   0.935, 0.855,          0.755",
        "geowebnews.jsonl, 0.86,  0.865,          0.85",
    })
    void floors(String file, double found, double accuracy, double precision) throws IOException {
        Path p = data(file);
        if (pipeline == null) {
            pipeline = Pipelines.standard(Resources.bundled());
        }
        EvalReport r;
        try (MissWriter misses = new MissWriter(Path.of("target", "eval-misses"), file)) {
            r = new GeoparsingEvaluator().evaluate(p, pipeline, misses);
        }
        System.out.print(r.format());
        assertThat(r.get("found")).as(file + " found").isGreaterThanOrEqualTo(found);
        assertThat(r.get("accuracy@161km")).as(file + " accuracy@161km").isGreaterThanOrEqualTo(accuracy);
        assertThat(r.get("precision")).as(file + " precision").isGreaterThanOrEqualTo(precision);
    }
}
