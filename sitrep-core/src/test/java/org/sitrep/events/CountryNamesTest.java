package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.resources.ResourceFile;

class CountryNamesTest {
    @Test
    void resourceExamplesHold() {
        ResourceFile f = ResourceFile.load("events/country-names.tsv");
        assertThat(f.examples()).isNotEmpty();
        for (String ex : f.examples()) {
            String[] p = ex.split("\t=>\t");
            assertThat(CountryNames.bundled().iso(p[0])).as(ex).isEqualTo(p[1].trim());
        }
    }

    @Test
    void namesVariantsAndCodesRoundTrip() {
        CountryNames n = CountryNames.bundled();
        assertThat(n.iso("Côte d'Ivoire")).isEqualTo("CI");
        assertThat(n.iso("the Gambia")).isEqualTo("GM");
        assertThat(n.iso("Burma")).isEqualTo("MM");
        assertThat(n.iso("Atlantis")).isNull();
        assertThat(n.name("MM")).isEqualTo("Myanmar");
        assertThat(n.iso(n.name("NG"))).isEqualTo("NG");
    }
}
