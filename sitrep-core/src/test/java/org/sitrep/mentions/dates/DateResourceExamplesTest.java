package org.sitrep.mentions.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sitrep.resources.ResourceFile;

/** Executes every {@code # example:} line of the date resources. */
class DateResourceExamplesTest {
    @TestFactory
    List<DynamicTest> ruleExamples() {
        ResourceFile rules = ResourceFile.load("dates/rules.tsv");
        assertThat(rules.examples()).hasSizeGreaterThan(50);
        List<DynamicTest> tests = new ArrayList<>();
        for (String ex : rules.examples()) {
            String[] cells = ex.split("\t", -1);
            // "=>" with nothing after it (the header reader trims the line) means: no date at all
            assertThat(cells.length).as("example '%s' needs: date TAB text TAB => TAB values", ex).isBetween(3, 4);
            assertThat(cells[2]).isEqualTo("=>");
            String expected = cells.length == 4 ? cells[3].trim() : "";
            tests.add(DynamicTest.dynamicTest(cells[1], () ->
                    assertThat(DatesFixture.values(cells[1], cells[0])).as("%s (published %s)", cells[1], cells[0])
                            .isEqualTo(expected)));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> wordExamples() {
        DateLexicon lx = DateLexicon.load();
        List<DynamicTest> tests = new ArrayList<>();
        for (String ex : lx.file().examples()) {
            String[] cells = ex.split("\t", -1);
            assertThat(cells).as("example '%s' needs: class TAB word TAB => TAB value", ex).hasSize(4);
            tests.add(DynamicTest.dynamicTest(ex, () -> assertThat(lx.value(cells[0], cells[1])).isEqualTo(cells[3])));
        }
        return tests;
    }

    @Test
    void everyRuleHasATriggerAndCompiles() {
        DateRules rules = DateRules.load(DateLexicon.load());
        assertThat(rules.rules()).allSatisfy(r -> assertThat(r.triggers()).as(r.id()).isNotZero());
    }

    @Test
    void numbersInWordsAndDigits() {
        DateLexicon lx = DateLexicon.load();
        assertThat(lx.number("twenty-four")).isEqualTo(24);
        assertThat(lx.number("twenty four")).isEqualTo(24);
        assertThat(lx.number("a five")).isEqualTo(5);
        assertThat(lx.number("two thousand")).isEqualTo(2000);
        assertThat(lx.number("one hundred and five")).isEqualTo(105);
        assertThat(lx.number("1,000")).isEqualTo(1000);
        assertThat(lx.number("several")).isEqualTo(-1);
        assertThat(lx.number("soldiers")).isEqualTo(-2);
    }
}
