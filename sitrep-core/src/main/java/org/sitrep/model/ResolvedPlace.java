package org.sitrep.model;

/**
 * A place mention with the gazetteer entry it resolves to ({@code place} null when unresolved).
 *
 * @param precision the precision an event located here gets
 */
public record ResolvedPlace(int start, int end, PlaceMention mention, Place place, GeoPrecision precision,
                            double confidence) implements Span {

    public boolean isDemonym() {
        return mention.kind() == PlaceMention.Kind.DEMONYM;
    }
}
