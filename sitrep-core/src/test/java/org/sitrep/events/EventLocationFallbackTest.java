package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Layers;
import org.sitrep.pipeline.Pipeline;

/**
 * Where an event's sentence names no resolvable place, its location falls back on the country evidence of the text:
 * a non-state actor's home country over foreign forces, then demonyms and country cue words. Sentences written for
 * this test.
 */
class EventLocationFallbackTest {
    private static final Pipeline PIPE = TestPipelines.full();

    static List<Event> events(String text) {
        return PIPE.process(Document.of("t", text)).get(Layers.EVENTS);
    }

    static String country(String text) {
        List<Event> ev = events(text);
        assertThat(ev).as("events in: %s", text).isNotEmpty();
        return ev.get(0).location().country();
    }

    @Test
    void aDemonymGivesTheCountry() {
        assertThat(country("Congolese police shot dead two protesters in an unnamed village.")).isEqualTo("CD");
    }

    @Test
    void aCueWordGivesTheCountry() {
        assertThat(country("Police fired tear gas at farmers staging a dharna, injuring ten.")).isEqualTo("IN");
    }

    @Test
    void insurgentsFightAtHomeForeignForcesAbroad() {
        assertThat(country("Al Shabaab militants attacked Kenyan troops at a remote base, killing four.")).isEqualTo("SO");
    }
}
