package org.sitrep.model;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable document: id, clean text (all offsets refer to it), metadata, and typed annotation layers.
 * Stages never mutate a document; {@link #with(Layer, List, String)} returns a new one with one more layer.
 */
public final class Document {
    private final String id;
    private final String text;
    private final DocumentMeta meta;
    private final Map<Layer<?>, List<?>> layers;
    private final Map<Layer<?>, String> producers;

    private Document(String id, String text, DocumentMeta meta, Map<Layer<?>, List<?>> layers, Map<Layer<?>, String> producers) {
        this.id = Objects.requireNonNull(id, "id");
        this.text = Objects.requireNonNull(text, "text");
        this.meta = Objects.requireNonNull(meta, "meta");
        this.layers = layers;
        this.producers = producers;
    }

    public static Document of(String id, String text, DocumentMeta meta) {
        return new Document(id, text, meta, Map.of(), Map.of());
    }

    public static Document of(String id, String text) {
        return of(id, text, DocumentMeta.empty());
    }

    public String id() {
        return id;
    }

    public String text() {
        return text;
    }

    public DocumentMeta meta() {
        return meta;
    }

    public String text(Span span) {
        return text.substring(span.start(), span.end());
    }

    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    /** The annotations of a layer, in document order. Fails if the layer is absent. */
    @SuppressWarnings("unchecked")
    public <T extends Span> List<T> get(Layer<T> layer) {
        List<?> list = layers.get(layer);
        if (list == null) {
            throw new IllegalStateException("document " + id + " has no layer '" + layer.name()
                    + "'; a stage that produces it must run first (present: " + layers.keySet() + ")");
        }
        return (List<T>) list;
    }

    /** Name of the stage that produced the layer, or null. */
    public String producer(Layer<?> layer) {
        return producers.get(layer);
    }

    public Set<Layer<?>> layers() {
        return Collections.unmodifiableSet(layers.keySet());
    }

    /** A new document with one more layer. Annotations must lie inside the text. */
    public <T extends Span> Document with(Layer<T> layer, List<T> annotations, String stage) {
        if (layers.containsKey(layer)) {
            throw new IllegalStateException("layer '" + layer.name() + "' of document " + id
                    + " was already produced by " + producers.get(layer) + "; stage " + stage + " may not rewrite it");
        }
        for (T a : annotations) {
            if (a.start() < 0 || a.end() > text.length() || a.start() > a.end()) {
                throw new IllegalArgumentException("stage " + stage + " produced a " + layer.name() + " annotation ["
                        + a.start() + "," + a.end() + ") outside the text of document " + id + " (length " + text.length() + ")");
            }
        }
        Map<Layer<?>, List<?>> l = new IdentityHashMap<>(layers);
        l.put(layer, List.copyOf(annotations));
        Map<Layer<?>, String> p = new IdentityHashMap<>(producers);
        p.put(layer, stage);
        return new Document(id, text, meta, Collections.unmodifiableMap(l), Collections.unmodifiableMap(p));
    }

    public Document withMeta(DocumentMeta newMeta) {
        return new Document(id, text, newMeta, layers, producers);
    }
}
