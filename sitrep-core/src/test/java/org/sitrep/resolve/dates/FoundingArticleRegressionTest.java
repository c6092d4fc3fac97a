package org.sitrep.resolve.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.mentions.dates.DatesFixture;
import org.sitrep.model.Document;
import org.sitrep.model.Layers;
import org.sitrep.model.ResolvedDate;

/**
 * The dates that SUTime and HeidelTime got wrong on the founding article (published 2017-07-25). The article is
 * read from {@code ${sitrep.shared}/seeds/} at test time; spans are found by searching its text.
 */
class FoundingArticleRegressionTest {
    private static Document doc;

    @BeforeAll
    static void load() throws IOException {
        String shared = System.getProperty("sitrep.shared", "../../shared");
        Path file = Path.of(shared, "seeds", "000_8d23f708b8edc622.txt");
        Assumptions.assumeTrue(Files.isRegularFile(file), "founding article not found at " + file
                + "; set -Dsitrep.shared=<path of the shared folder> to run this regression test");
        doc = DatesFixture.run(Files.readString(file, StandardCharsets.UTF_8), LocalDate.of(2017, 7, 25));
    }

    /** The date mention overlapping the first occurrence of {@code words} (after {@code after}, if given). */
    private static ResolvedDate at(String words, String after) {
        int from = after == null ? 0 : doc.text().indexOf(after);
        assertThat(from).as("'%s' in the article", after).isGreaterThanOrEqualTo(0);
        int i = doc.text().indexOf(words, from);
        assertThat(i).as("'%s' in the article", words).isGreaterThanOrEqualTo(0);
        int end = i + words.length();
        for (ResolvedDate r : doc.get(Layers.DATES)) {
            if (r.start() < end && i < r.end()) {
                return r;
            }
        }
        throw new AssertionError("no date mention over '" + words + "'");
    }

    private static void interval(ResolvedDate r, String first, String last) {
        assertThat(r.first()).as("first of %s", r.value()).isEqualTo(LocalDate.parse(first));
        assertThat(r.last()).as("last of %s", r.value()).isEqualTo(LocalDate.parse(last));
    }

    @Test
    void rangeCarriesItsYearToBothEnds() {
        ResolvedDate r = at("Aug. 1 and Dec. 19, 2016", null);
        interval(r, "2016-08-01", "2016-12-19");
    }

    @Test
    void novemberOfThatYearFollowsTheNarrative() {
        ResolvedDate r = at("November of that year", "in 2015");
        assertThat(r.value()).isEqualTo("2015-11");
        interval(r, "2015-11-01", "2015-11-30");
    }

    @Test
    void inDecemberIsBeforePublication() {
        ResolvedDate r = at("In December", null);
        assertThat(r.value()).isEqualTo("2016-12");
        interval(r, "2016-12-01", "2016-12-31");
    }

    @Test
    void abbreviatedMonthsWithYears() {
        assertThat(at("Jan. 2017", null).value()).isEqualTo("2017-01");
        assertThat(at("Nov. 2014", null).value()).isEqualTo("2014-11");
    }

    @Test
    void endOf2016() {
        ResolvedDate r = at("end of 2016", null);
        assertThat(r.value()).isEqualTo("2016");
        assertThat(r.mod()).isEqualTo("END");
        assertThat(r.last()).isEqualTo(LocalDate.of(2016, 12, 31));
        assertThat(r.first().getYear()).isEqualTo(2016);
    }

    @Test
    void from2014To2016() {
        ResolvedDate r = at("2014 to 2016", "from");
        interval(r, "2014-01-01", "2016-12-31");
    }

    @Test
    void campaignLengthIsADuration() {
        assertThat(at("month-long campaign", null).value()).isEqualTo("P7M");
    }
}
