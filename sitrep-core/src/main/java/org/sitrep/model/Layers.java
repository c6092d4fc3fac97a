package org.sitrep.model;

import java.util.List;

/** The one place where annotation layers are declared. */
public final class Layers {
    private Layers() {
    }

    public static final Layer<Sentence> SENTENCES = new Layer<>("sentences", Sentence.class);
    public static final Layer<Token> TOKENS = new Layer<>("tokens", Token.class);
    /** Toponym mentions with their gazetteer candidates, before resolution. */
    public static final Layer<PlaceMention> PLACE_MENTIONS = new Layer<>("place_mentions", PlaceMention.class);
    /** Toponym mentions with the place each resolves to. */
    public static final Layer<ResolvedPlace> PLACES = new Layer<>("places", ResolvedPlace.class);
    /** Temporal expressions as found, before anchoring. */
    public static final Layer<DateMention> DATE_MENTIONS = new Layer<>("date_mentions", DateMention.class);
    /** Temporal expressions anchored to an interval. */
    public static final Layer<ResolvedDate> DATES = new Layer<>("dates", ResolvedDate.class);
    public static final Layer<ActorMention> ACTORS = new Layer<>("actors", ActorMention.class);
    public static final Layer<QuantityMention> QUANTITIES = new Layer<>("quantities", QuantityMention.class);
    public static final Layer<Event> EVENTS = new Layer<>("events", Event.class);

    public static List<Layer<?>> all() {
        return List.of(SENTENCES, TOKENS, PLACE_MENTIONS, PLACES, DATE_MENTIONS, DATES, ACTORS, QUANTITIES, EVENTS);
    }
}
