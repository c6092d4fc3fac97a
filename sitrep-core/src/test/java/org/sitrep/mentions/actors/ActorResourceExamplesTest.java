package org.sitrep.mentions.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sitrep.model.ActorMention;
import org.sitrep.resources.ResourceFile;

/**
 * Runs every {@code # example:} line of the actor resources: the first actor found must have the given id
 * ({@code name=X}: an uncatalogued actor named X; {@code -}: no actor at all).
 */
class ActorResourceExamplesTest {

    @TestFactory
    Stream<DynamicTest> actorExamples() {
        return examples("actors.tsv");
    }

    @TestFactory
    Stream<DynamicTest> patternExamples() {
        return examples("actors/patterns.tsv");
    }

    private Stream<DynamicTest> examples(String resource) {
        ResourceFile f = ResourceFile.load(resource);
        assertThat(f.examples()).as("examples of " + resource).isNotEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        for (String ex : f.examples()) {
            String[] parts = ex.split("\\s*=>\\s*");
            assertThat(parts).as("example '%s' of %s must read 'input => expected'", ex, resource).hasSize(2);
            String input = parts[0].trim();
            String expected = parts[1].trim();
            tests.add(DynamicTest.dynamicTest(resource + ": " + input, () -> {
                List<ActorMention> ms = ActorTesting.actors(input);
                if (expected.equals("-")) {
                    assertThat(ms).as(ActorTesting.describe(input, ms)).isEmpty();
                } else {
                    assertThat(ms).as("no actor in '%s'", input).isNotEmpty();
                    if (expected.startsWith("name=")) {
                        assertThat(ms.get(0).actor().id()).as(ActorTesting.describe(input, ms)).isNull();
                        assertThat(ms.get(0).actor().name()).as(ActorTesting.describe(input, ms))
                                .isEqualTo(expected.substring(5));
                    } else {
                        assertThat(ms.get(0).actor().id()).as(ActorTesting.describe(input, ms)).isEqualTo(expected);
                    }
                }
            }));
        }
        return tests.stream();
    }
}
