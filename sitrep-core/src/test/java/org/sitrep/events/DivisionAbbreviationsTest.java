package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.errors.SitrepException;
import org.sitrep.resources.ResourceFile;

/** Abbreviated divisions as country context: the resource's examples run, and the places where a form counts. */
class DivisionAbbreviationsTest {

    @Test
    void theResourceExamplesHold() {
        ResourceFile f = ResourceFile.load("places/division_abbreviations.tsv");
        assertThat(f.examples()).isNotEmpty();
        for (String ex : f.examples()) {
            String[] parts = ex.split("\t=>\t");
            assertThat(DivisionAbbreviations.bundled().country(parts[0])).as(ex).isEqualTo(parts[1].trim());
        }
    }

    @Test
    void aListOnlyFormAloneInParenthesesIsNoEvidence() {
        // "(AP)" alone is the news agency; only "(town, AP)" is the division
        assertThat(DivisionAbbreviations.bundled().country("Police said two men were arrested (AP).")).isNull();
        assertThat(DivisionAbbreviations.bundled().country("Farmers rallied at a market (Guntur, AP).")).isEqualTo("IN");
    }

    @Test
    void formsAreMatchedCaseSensitivelyAsWholeWords() {
        assertThat(DivisionAbbreviations.bundled().country("They went up the hill (up).")).isNull();
        assertThat(DivisionAbbreviations.bundled().country("Members of the AJKX club met.")).isNull();
        assertThat(DivisionAbbreviations.bundled().country("Two youths were hurt in Bandipora, J&K.")).isEqualTo("IN");
    }

    @Test
    void twoCountriesGiveNoSingleCountry() {
        assertThat(DivisionAbbreviations.bundled().country("Shelling across the line in J&K and AJK.")).isNull();
    }

    @Test
    void anUnknownPlacementIsAnErrorThatNamesTheValidOnes() {
        ResourceFile bad = ResourceFile.parse("test.tsv", "# format: sitrep-tsv 1\nXX\tIN\tsomewhere\tX\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> new DivisionAbbreviations(bad)).isInstanceOf(SitrepException.class)
                .hasMessageContaining("list, parenthesis or text");
    }
}
