package org.sitrep.mentions.actors;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentMeta;
import org.sitrep.model.Layers;
import org.sitrep.resources.ResourceFile;
import org.sitrep.text.TextStage;

/** Helpers for actor tests: a catalogue with a larger country fixture, and a one-call recogniser. */
final class ActorTesting {
    private ActorTesting() {
    }

    private static volatile ActorRecognizer fixture;

    /** A recogniser whose countries come from the test fixture (more countries than the bundled file may hold). */
    static ActorRecognizer fixtureRecognizer() {
        ActorRecognizer r = fixture;
        if (r == null) {
            byte[] bytes;
            try (var in = ActorTesting.class.getResourceAsStream("/fixtures/countries-fixture.tsv")) {
                bytes = in.readAllBytes();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            r = new ActorRecognizer(ActorCatalogue.of(ResourceFile.load("actors.tsv"),
                    ResourceFile.parse("countries-fixture.tsv", bytes), ResourceFile.load("actors/patterns.tsv")));
            fixture = r;
        }
        return r;
    }

    static Document doc(String text, LocalDate published) {
        Document d = Document.of("t", text, DocumentMeta.empty().withPublished(published, "test"));
        return new TextStage().process(d);
    }

    static List<ActorMention> actors(ActorRecognizer r, String text, LocalDate published) {
        return r.process(doc(text, published)).get(Layers.ACTORS);
    }

    static List<ActorMention> actors(String text) {
        return actors(fixtureRecognizer(), text, null);
    }

    static String describe(String text, List<ActorMention> ms) {
        StringBuilder sb = new StringBuilder();
        for (ActorMention m : ms) {
            sb.append("[").append(text, m.start(), m.end()).append(" -> ").append(m.actor().id()).append(" / ")
                    .append(m.actor().name()).append(m.anaphoric() ? " (anaphoric)" : "").append("] ");
        }
        return sb.toString();
    }
}
