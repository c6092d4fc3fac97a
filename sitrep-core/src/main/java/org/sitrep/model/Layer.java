package org.sitrep.model;

import java.util.Objects;

/**
 * A typed key for one annotation layer of a {@link Document}. All layers are declared in {@link Layers};
 * a stage names the layers it requires and produces, and the pipeline checks them when it is built.
 *
 * @param <T> the annotation type held by the layer
 */
public final class Layer<T extends Span> {
    private final String name;
    private final Class<T> type;

    Layer(String name, Class<T> type) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
    }

    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    @Override
    public String toString() {
        return name;
    }
}
