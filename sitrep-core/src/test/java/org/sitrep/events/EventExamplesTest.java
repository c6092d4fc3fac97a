package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentMeta;
import org.sitrep.model.Event;
import org.sitrep.model.Layers;
import org.sitrep.pipeline.Pipeline;

/** Runs every {@code # example:} line of the trigger and cue resources. */
class EventExamplesTest {
    @Test
    void everyResourceExampleHolds() {
        Pipeline p = Docs.bare();
        List<String> failures = new ArrayList<>();
        List<String> examples = EventDetector.examples();
        assertThat(examples).hasSizeGreaterThan(30);
        for (String ex : examples) {
            String[] parts = ex.split("\t=>\t");
            assertThat(parts).as("example '%s' must be 'sentence<TAB>=><TAB>type/subtype|none'", ex).hasSize(2);
            Document d = p.process(Document.of("ex", parts[0], DocumentMeta.empty().withPublished(LocalDate.of(2017, 7, 25), "test")));
            Event top = Docs.top(d.get(Layers.EVENTS));
            String got = top == null ? "none" : top.type().json() + "/" + top.subtype().json();
            if (!got.equals(parts[1].trim())) {
                failures.add(parts[0] + "  expected " + parts[1] + " got " + got + " " + d.get(Layers.EVENTS).size());
            }
        }
        assertThat(failures).isEmpty();
    }
}
