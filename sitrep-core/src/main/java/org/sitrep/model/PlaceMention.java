package org.sitrep.model;

import java.util.List;

/**
 * A place expression as found in the text, before resolution. The span covers the whole expression
 * ("south of Sirte"); {@code nameStart}/{@code nameEnd} cover the toponym itself ("Sirte").
 *
 * @param kind what the expression names
 * @param relation how the event relates to the named place (IN for "in Sirte", NEAR for "south of Sirte")
 * @param candidates gazetteer entries whose names match, best prior first
 */
public record PlaceMention(int start, int end, int nameStart, int nameEnd, String name, Kind kind, Relation relation,
                           List<Place> candidates) implements Span {

    public enum Kind {
        /** A named place: town, admin division, country. */
        TOPONYM,
        /** A demonym or adjective ("Libyan"): gives country context, never an event location. */
        DEMONYM,
        /** A part of a country ("eastern Libya"). */
        COUNTRY_PART
    }

    public enum Relation { IN, NEAR }

    public PlaceMention {
        candidates = List.copyOf(candidates);
    }
}
