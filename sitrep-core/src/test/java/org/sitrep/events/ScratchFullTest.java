package org.sitrep.events;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentMeta;
import org.sitrep.model.Event;
import org.sitrep.model.Layers;

class ScratchFullTest {
    @Test
    void show() throws Exception {
        var p = TestPipelines.full();
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(System.getProperty("scratch", "/tmp/scratch.txt")))) {
            Document d = p.process(Document.of("x", line, DocumentMeta.empty().withPublished(LocalDate.of(2017, 7, 25), "t")));
            System.out.println("## " + line);
            d.get(Layers.PLACES).forEach(x -> System.out.println("   P " + d.text(x) + " -> " + (x.place() == null ? null : x.place().name() + "/" + x.place().country()) + " " + x.precision() + " demonym=" + x.isDemonym()));
            d.get(Layers.ACTORS).forEach(x -> System.out.println("   A " + d.text(x) + " -> " + x.actor().name() + " " + x.actor().kind() + " " + x.actor().country() + " rep=" + x.actor().reporter() + " ana=" + x.anaphoric()));
            for (Event e : d.get(Layers.EVENTS)) {
                System.out.println("   E " + e.subtype().json() + " conf=" + e.confidence() + " trig=" + line.substring(e.triggerStart(), e.triggerEnd()) + " loc=" + e.location().name() + "/" + e.location().country() + " status=" + e.status() + " fat=" + e.fatalities() + " actors=" + e.actors().stream().map(a -> a.role() + ":" + a.name()).toList());
            }
        }
    }
}
