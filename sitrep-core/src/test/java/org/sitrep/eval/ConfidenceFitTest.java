package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.sitrep.events.Calibration;
import org.sitrep.resources.ResourceFile;

class ConfidenceFitTest {
    private static final Calibration CAL = Calibration.bundled();

    @Test
    void rawScoreInvertsTheCalibration() {
        for (int i = 0; i <= 100; i++) {
            double raw = i / 100.0;
            assertThat(CAL.rawScore(CAL.of(raw))).as("raw %s", raw).isCloseTo(raw, Offset.offset(0.002));
        }
    }

    @Test
    void ratesFollowTheMeasuredShareAndNeverFall() {
        ConfidenceFit fit = new ConfidenceFit(CAL);
        EvalReport r = new EvalReport("a.jsonl", "acled");
        // raw 0.72: 9 of 10 right; raw 0.62: 6 of 10 right; raw 0.52: 8 of 10 right (a violator, pooled with 0.62)
        add(r, 0.72, 9, 10);
        add(r, 0.62, 6, 10);
        add(r, 0.52, 8, 10);
        fit.add(r);
        double[] rates = fit.rates();
        assertThat(rates[ConfidenceFit.band(0.72)]).isEqualTo(0.9);
        assertThat(rates[ConfidenceFit.band(0.62)]).isEqualTo(0.7);
        assertThat(rates[ConfidenceFit.band(0.52)]).isEqualTo(0.7);
        for (int b = 1; b < rates.length; b++) {
            assertThat(rates[b]).isGreaterThanOrEqualTo(rates[b - 1]);
        }
    }

    @Test
    void eachFileWeighsTheSame() {
        ConfidenceFit fit = new ConfidenceFit(CAL);
        EvalReport big = new EvalReport("big.jsonl", "acled");
        add(big, 0.72, 100, 100);
        EvalReport small = new EvalReport("small.jsonl", "gtd");
        add(small, 0.72, 0, 2);
        fit.add(big);
        fit.add(small);
        assertThat(fit.rates()[ConfidenceFit.band(0.72)]).isEqualTo(0.5);
        assertThat(fit.counts()[ConfidenceFit.band(0.72)]).isEqualTo(102);
    }

    @Test
    void theTableItWritesLoadsAndItsExamplesHold() {
        ConfidenceFit fit = new ConfidenceFit(CAL);
        EvalReport r = new EvalReport("a.jsonl", "acled");
        Random rnd = new Random(7);
        for (int i = 0; i < 2000; i++) {
            double raw = rnd.nextDouble();
            r.sample(CAL.of(raw), rnd.nextDouble() < 0.5 + raw / 2);
        }
        fit.add(r);
        String table = fit.table();
        Calibration fitted = Calibration.parse("fitted.tsv", table);
        ResourceFile f = ResourceFile.parse("fitted.tsv", table.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(f.examples()).hasSize(3);
        for (String ex : f.examples()) {
            String[] p = ex.split("\t=>\t");
            assertThat(fitted.of(Double.parseDouble(p[0]))).isCloseTo(Double.parseDouble(p[1]), Offset.offset(0.0006));
        }
        assertThat(f.rows()).hasSize(ConfidenceFit.EDGES.length - 1);
        assertThat(fitted.of(0.95)).isGreaterThan(fitted.of(0.3));
    }

    @Test
    void nothingToFitIsAnErrorThatSaysWhatToPass() {
        ConfidenceFit fit = new ConfidenceFit(CAL);
        fit.add(new EvalReport("geo.jsonl", "geoparsing"));
        assertThat(fit.isEmpty()).isTrue();
        assertThatThrownBy(fit::table).hasMessageContaining("ACLED or GTD");
    }

    private static void add(EvalReport r, double raw, int right, int n) {
        for (int i = 0; i < n; i++) {
            r.sample(CAL.of(raw), i < right);
        }
    }
}
