package org.sitrep.mentions.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sitrep.model.Document;
import org.sitrep.model.Layers;
import org.sitrep.model.QuantityMention;
import org.sitrep.resources.ResourceFile;
import org.sitrep.text.TextStage;

/**
 * Runs every {@code # example:} line of the quantity resources. The expected side lists {@code key=value} pairs
 * (best, low, high, role, head; "-" for null) checked against the first quantity found; "-" alone means that
 * no quantity may be found (or only ones with role OTHER when the line says role=OTHER).
 */
class QuantityResourceExamplesTest {
    private static final QuantityRecognizer RECOGNIZER = new QuantityRecognizer();

    static List<QuantityMention> quantities(String text) {
        Document d = new TextStage().process(Document.of("q", text));
        return RECOGNIZER.process(d).get(Layers.QUANTITIES);
    }

    static String describe(String text, List<QuantityMention> qs) {
        StringBuilder sb = new StringBuilder();
        for (QuantityMention q : qs) {
            sb.append('[').append(text, q.start(), q.end()).append(": best=").append(q.best()).append(" low=").append(q.low())
                    .append(" high=").append(q.high()).append(" role=").append(q.role()).append(" head=").append(q.head())
                    .append("] ");
        }
        return sb.toString();
    }

    @TestFactory
    Stream<DynamicTest> numbers() {
        return examples("quantities/numbers.tsv");
    }

    @TestFactory
    Stream<DynamicTest> vague() {
        return examples("quantities/vague.tsv");
    }

    @TestFactory
    Stream<DynamicTest> lexicon() {
        return examples("quantities/lexicon.tsv");
    }

    private Stream<DynamicTest> examples(String resource) {
        ResourceFile f = ResourceFile.load(resource);
        assertThat(f.examples()).isNotEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        for (String ex : f.examples()) {
            String[] parts = ex.split("\\s*=>\\s*");
            assertThat(parts).as("example '%s' must read 'input => expected'", ex).hasSize(2);
            String input = parts[0].trim();
            String expected = parts[1].trim();
            tests.add(DynamicTest.dynamicTest(resource + ": " + input, () -> check(input, expected)));
        }
        return tests.stream();
    }

    static void check(String input, String expected) {
        List<QuantityMention> qs = quantities(input);
        String d = input + " -> " + describe(input, qs);
        if (expected.equals("-")) {
            assertThat(qs).as(d).isEmpty();
            return;
        }
        assertThat(qs).as(d).isNotEmpty();
        QuantityMention q = qs.get(0);
        for (String kv : expected.split("\\s+")) {
            String[] p = kv.split("=", 2);
            String v = p[1];
            switch (p[0]) {
                case "best" -> assertThat(str(q.best())).as(d).isEqualTo(v);
                case "low" -> assertThat(str(q.low())).as(d).isEqualTo(v);
                case "high" -> assertThat(str(q.high())).as(d).isEqualTo(v);
                case "role" -> assertThat(q.role().name()).as(d).isEqualTo(v);
                case "head" -> assertThat(q.head() == null ? "-" : q.head()).as(d).isEqualTo(v);
                default -> throw new AssertionError("unknown key " + p[0] + " in example '" + expected + "'");
            }
        }
    }

    private static String str(Integer i) {
        return i == null ? "-" : i.toString();
    }
}
