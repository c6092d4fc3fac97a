package org.sitrep.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.ActorMention;
import org.sitrep.model.DateMention;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentMeta;
import org.sitrep.model.Event;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Layer;
import org.sitrep.model.Layers;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.QuantityMention;
import org.sitrep.model.ResolvedDate;
import org.sitrep.model.ResolvedPlace;
import org.sitrep.model.TimexType;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Stage;
import org.sitrep.text.TextStage;

/** Hand-built documents for event tests: text plus the layers the detector reads, placed by substring. */
final class Docs {
    private final String text;
    private LocalDate published = LocalDate.of(2017, 7, 25);
    private final List<ActorMention> actors = new ArrayList<>();
    private final List<ResolvedPlace> places = new ArrayList<>();
    private final List<ResolvedDate> dates = new ArrayList<>();
    private final List<QuantityMention> quantities = new ArrayList<>();

    private Docs(String text) {
        this.text = text;
    }

    static Docs of(String text) {
        return new Docs(text);
    }

    private int at(String words) {
        int i = text.indexOf(words);
        if (i < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in the test text: " + text);
        }
        return i;
    }

    Docs published(LocalDate d) {
        published = d;
        return this;
    }

    Docs actor(String words, String id, String name, ActorKind kind, String country) {
        int i = at(words);
        actors.add(new ActorMention(i, i + words.length(), new Actor(id, name, kind, country, null, false), false, 0.9));
        return this;
    }

    Docs reporter(String words, String name) {
        int i = at(words);
        actors.add(new ActorMention(i, i + words.length(), new Actor(name.toLowerCase(), name, ActorKind.EXTERNAL_OTHER,
                "US", null, true), false, 0.9));
        return this;
    }

    /** A reporting outlet of a group (reporter flag, parent id). */
    Docs outlet(String words, String name, String parent) {
        int i = at(words);
        actors.add(new ActorMention(i, i + words.length(), new Actor(name.toLowerCase(), name, ActorKind.REBEL_GROUP, null,
                parent, true), false, 0.9));
        return this;
    }

    Docs place(String words, String name, String country, double lat, double lon, GeoPrecision precision) {
        int i = at(words);
        Place p = new Place(Math.abs(name.hashCode()), name, country, "01", null, lat, lon, 'P', "PPL", 1000);
        PlaceMention pm = new PlaceMention(i, i + words.length(), i, i + words.length(), words, PlaceMention.Kind.TOPONYM,
                PlaceMention.Relation.IN, List.of(p));
        places.add(new ResolvedPlace(i, i + words.length(), pm, p, precision, 0.9));
        return this;
    }

    /** A place with its own first-order division code and GeoNames feature code ("ADM1" for a division). */
    Docs placeIn(String words, String name, String country, String admin1Code, String featureCode, double lat, double lon,
                 GeoPrecision precision) {
        int i = at(words);
        char cls = featureCode.startsWith("ADM") || featureCode.startsWith("PCL") ? 'A' : 'P';
        Place p = new Place(Math.abs((name + country + admin1Code).hashCode()), name, country, admin1Code, null, lat, lon,
                cls, featureCode, 1000);
        PlaceMention pm = new PlaceMention(i, i + words.length(), i, i + words.length(), words, PlaceMention.Kind.TOPONYM,
                PlaceMention.Relation.IN, List.of(p));
        places.add(new ResolvedPlace(i, i + words.length(), pm, p, precision, 0.9));
        return this;
    }

    /** A name the resolver read as {@code chosen} among these candidates (best prior first, chosen among them). */
    Docs ambiguousPlace(String words, Place chosen, Place... candidates) {
        int i = at(words);
        PlaceMention pm = new PlaceMention(i, i + words.length(), i, i + words.length(), words, PlaceMention.Kind.TOPONYM,
                PlaceMention.Relation.IN, List.of(candidates));
        places.add(new ResolvedPlace(i, i + words.length(), pm, chosen, GeoPrecision.EXACT, 0.9));
        return this;
    }

    /** A town with the name of its first-order division. */
    Docs townInDivision(String words, String name, String country, String admin1Name, double lat, double lon) {
        int i = at(words);
        Place p = new Place(Math.abs((name + country).hashCode()), name, country, "01", admin1Name, lat, lon, 'P', "PPL", 1000);
        PlaceMention pm = new PlaceMention(i, i + words.length(), i, i + words.length(), words, PlaceMention.Kind.TOPONYM,
                PlaceMention.Relation.IN, List.of(p));
        places.add(new ResolvedPlace(i, i + words.length(), pm, p, GeoPrecision.EXACT, 0.9));
        return this;
    }

    /** A demonym ("Congolese") or country cue word, resolved to its country. */
    Docs demonym(String words, String iso) {
        int i = at(words);
        Place p = new Place(Math.abs(iso.hashCode()), iso, iso, "00", null, 0.0, 0.0, 'A', "PCLI", 5000000);
        PlaceMention pm = new PlaceMention(i, i + words.length(), i, i + words.length(), words, PlaceMention.Kind.DEMONYM,
                PlaceMention.Relation.IN, List.of(p));
        places.add(new ResolvedPlace(i, i + words.length(), pm, p, GeoPrecision.COUNTRY, 0.9));
        return this;
    }

    /** A country toponym (resolved with country precision). */
    Docs countryPlace(String words, String iso) {
        return countryPlaceAt(at(words), words, iso);
    }

    /** A country toponym at the last occurrence of its words ("Uganda" after an earlier "Ugandan"). */
    Docs countryPlaceLast(String words, String iso) {
        at(words);
        return countryPlaceAt(text.lastIndexOf(words), words, iso);
    }

    private Docs countryPlaceAt(int i, String words, String iso) {
        Place p = new Place(Math.abs(words.hashCode()), words, iso, "00", null, 60.0, 10.0, 'A', "PCLI", 5000000);
        PlaceMention pm = new PlaceMention(i, i + words.length(), i, i + words.length(), words, PlaceMention.Kind.TOPONYM,
                PlaceMention.Relation.IN, List.of(p));
        places.add(new ResolvedPlace(i, i + words.length(), pm, p, GeoPrecision.COUNTRY, 0.9));
        return this;
    }

    Docs date(String words, LocalDate first, LocalDate last, DatePrecision precision) {
        int i = at(words);
        DateMention dm = new DateMention(i, i + words.length(), "test", TimexType.DATE, Map.of());
        dates.add(new ResolvedDate(i, i + words.length(), dm, first.toString(), TimexType.DATE, null, first, last, precision));
        return this;
    }

    Docs quantity(String words, int best, QuantityMention.Role role) {
        int i = at(words);
        quantities.add(new QuantityMention(i, i + words.length(), i, best, best, best, null, role));
        return this;
    }

    Document document() {
        Document d = new TextStage().process(Document.of("test-doc", text, DocumentMeta.empty().withPublished(published, "test")));
        d = d.with(Layers.ACTORS, sorted(actors), "test")
                .with(Layers.PLACES, sorted(places), "test")
                .with(Layers.DATES, sorted(dates), "test")
                .with(Layers.QUANTITIES, sorted(quantities), "test");
        return d;
    }

    List<Event> events() {
        return new EventDetector().process(document()).get(Layers.EVENTS);
    }

    private static <T extends org.sitrep.model.Span> List<T> sorted(List<T> l) {
        List<T> c = new ArrayList<>(l);
        c.sort(Comparator.comparingInt(org.sitrep.model.Span::start));
        return c;
    }

    /** The highest-confidence event, or null. */
    static Event top(List<Event> events) {
        Event best = null;
        for (Event e : events) {
            if (best == null || e.confidence() > best.confidence()) {
                best = e;
            }
        }
        return best;
    }

    /** A stage that supplies empty layers for whatever the detector needs and no earlier stage produced. */
    static final class EmptyLayers implements Stage {
        private final Set<Layer<?>> layers;

        EmptyLayers(Set<Layer<?>> layers) {
            this.layers = layers;
        }

        @Override
        public String name() {
            return "test.empty-layers";
        }

        @Override
        public String version() {
            return "1";
        }

        @Override
        public Set<Layer<?>> requires() {
            return Set.of();
        }

        @Override
        public Set<Layer<?>> produces() {
            return layers;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Document process(Document doc) {
            Document d = doc;
            for (Layer l : layers) {
                d = d.with(l, List.of(), name());
            }
            return d;
        }
    }

    /** Text stage, empty argument layers, event detector. */
    static Pipeline bare() {
        return Pipeline.of(List.of(new TextStage(),
                new EmptyLayers(Set.of(Layers.PLACES, Layers.DATES, Layers.ACTORS, Layers.QUANTITIES)), new EventDetector()));
    }
}
