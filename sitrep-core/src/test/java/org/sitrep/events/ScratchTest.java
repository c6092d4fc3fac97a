package org.sitrep.events;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentMeta;
import org.sitrep.model.Event;
import org.sitrep.model.Layers;

class ScratchTest {
    @Test
    void show() throws Exception {
        var p = Docs.bare();
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(System.getProperty("scratch", "/tmp/scratch.txt")))) {
            Document d = p.process(Document.of("x", line, DocumentMeta.empty().withPublished(LocalDate.of(2017, 7, 25), "t")));
            System.out.println("## " + line);
            for (Event e : d.get(Layers.EVENTS)) {
                System.out.println("   " + e.subtype().json() + " conf=" + e.confidence() + " trig=" + line.substring(e.triggerStart(), e.triggerEnd()) + " status=" + e.status() + " inc=" + e.incidents() + " actors=" + e.actors());
            }
        }
    }
}
