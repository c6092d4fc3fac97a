package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.mentions.actors.ActorCatalogue;
import org.sitrep.resources.ResourceFile;

/** The front-line table: its examples, its dates and its distance limit. */
class FrontLinesTest {
    @Test
    void everyExampleOfTheResourceHolds() {
        ResourceFile f = ResourceFile.load("events/frontlines.tsv");
        assertThat(f.examples()).isNotEmpty();
        for (String ex : f.examples()) {
            String[] io = ex.split("\t=>\t");
            String[] in = io[0].split("\t");
            FrontLines.Sides s = FrontLines.bundled().at(LocalDate.parse(in[0]), Double.parseDouble(in[1]),
                    Double.parseDouble(in[2]));
            assertThat(s == null ? "-" : s.shooter().id()).as(ex).isEqualTo(io[1].trim());
        }
    }

    @Test
    void theHolderIsTheOtherSide() {
        FrontLines.Sides s = FrontLines.bundled().at(LocalDate.of(2019, 3, 1), 48.02, 37.80);
        assertThat(s).isNotNull();
        assertThat(s.holder().id()).isEqualTo("ua_separatists");
        assertThat(s.shooter().id()).isEqualTo("state:UA:military");
        assertThat(FrontLines.bundled().at(null, 48.02, 37.80)).isNull();
    }

    @Test
    void aFrontWithOneHolderIsRejected() {
        String tsv = "# format: sitrep-tsv 1\n# name: frontlines\n# source: test\n# licence: Apache-2.0\n"
                + "# columns: front\tfrom\tto\tholder\tplace\tlat\tlon\n"
                + "x\t2015-01-01\t2016-01-01\tstate:UA:military\tA\t48.0\t37.0\n";
        ResourceFile f = ResourceFile.parse("frontlines-test.tsv", tsv.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> new FrontLines(f, ActorCatalogue.standard())).hasMessageContaining("exactly two");
    }
}
