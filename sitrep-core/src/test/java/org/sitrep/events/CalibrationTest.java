package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.sitrep.resources.ResourceFile;

class CalibrationTest {
    @Test
    void resourceExamplesHold() {
        ResourceFile f = ResourceFile.load("events/confidence.tsv");
        assertThat(f.examples()).isNotEmpty();
        for (String ex : f.examples()) {
            String[] p = ex.split("\t=>\t");
            assertThat(Calibration.bundled().of(Double.parseDouble(p[0])))
                    .as(ex).isCloseTo(Double.parseDouble(p[1].trim()), Offset.offset(0.0006));
        }
    }

    @Test
    void confidenceIsAProbabilityThatKeepsTheOrderOfScores() {
        double prev = -1;
        for (int i = 0; i <= 1000; i++) {
            double c = Calibration.bundled().of(i / 1000.0);
            assertThat(c).isBetween(0.0, 1.0);
            assertThat(c).as("score %s", i / 1000.0).isGreaterThan(prev);
            prev = c;
        }
    }

    @Test
    void measuredRatesAreUsedNotTheRawScore() {
        Calibration cal = new Calibration(table("0.0\t0.5\t0.3\t10\n0.5\t1.0\t0.8\t10\n"));
        // band centres 0.25 and 0.75 carry the measured rates; between them linear; outside flat
        assertThat(cal.of(0.25)).isCloseTo(0.3 - 0.0025, Offset.offset(1e-9));
        assertThat(cal.of(0.75)).isCloseTo(0.8 + 0.0025, Offset.offset(1e-9));
        assertThat(cal.of(0.5)).isCloseTo(0.55, Offset.offset(1e-9));
        assertThat(cal.of(0.05)).isCloseTo(0.3 - 0.0045, Offset.offset(1e-9));
    }

    @Test
    void aFallingOrGappedTableIsRejectedWithAFix() {
        assertThatThrownBy(() -> new Calibration(table("0.0\t0.5\t0.6\t10\n0.5\t1.0\t0.4\t10\n")))
                .hasMessageContaining("never fall");
        assertThatThrownBy(() -> new Calibration(table("0.0\t0.4\t0.6\t10\n0.5\t1.0\t0.7\t10\n")))
                .hasMessageContaining("adjacent");
    }

    private static ResourceFile table(String rows) {
        String text = "# format: sitrep-tsv 1\n# name: confidence\n# source: test\n# licence: Apache-2.0\n"
                + "# columns: score_from\tscore_to\trate\trecords\n" + rows;
        return ResourceFile.parse("test/confidence.tsv", text.getBytes(StandardCharsets.UTF_8));
    }
}
