package org.sitrep.pipeline;

import java.util.List;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Layer;
import org.sitrep.model.Layers;

/** Rebuilds a document with its events layer replaced by the run's finished events (other layers kept). */
final class FinishedEvents {
    private FinishedEvents() {
    }

    static Document replace(Document doc, List<Event> events) {
        Document d = Document.of(doc.id(), doc.text(), doc.meta());
        for (Layer<?> l : Layers.all()) {
            if (l == Layers.EVENTS) {
                if (doc.has(l)) {
                    d = d.with(Layers.EVENTS, events, doc.producer(Layers.EVENTS));
                }
            } else if (doc.has(l)) {
                d = copy(doc, d, l);
            }
        }
        return d;
    }

    private static <T extends org.sitrep.model.Span> Document copy(Document from, Document to, Layer<T> l) {
        return to.with(l, from.get(l), from.producer(l));
    }
}
