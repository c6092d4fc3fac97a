package org.sitrep.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.mentions.actors.ActorCatalogue;
import org.sitrep.mentions.actors.ActorEntry;
import org.sitrep.model.Place;
import org.sitrep.resources.ResourceFile;

/**
 * Stable front lines ({@code events/frontlines.tsv}): towns on both sides of a line with the side that held them.
 * Fire observed near a front town with no shooter named is, by coders' convention, the other side's fire on the
 * holder. Immutable and thread-safe.
 */
public final class FrontLines {
    /** The side that fired ({@code shooter}) and the side that held the place ({@code holder}). */
    public record Sides(ActorEntry shooter, ActorEntry holder) {
    }

    private record Town(String front, LocalDate from, LocalDate to, ActorEntry holder, double lat, double lon) {
    }

    private static final double MAX_KM = 30;

    private static final class Holder {
        static final FrontLines BUNDLED = new FrontLines(ResourceFile.load("events/frontlines.tsv"), ActorCatalogue.standard());
    }

    private final List<Town> towns = new ArrayList<>();
    private final Map<String, Set<ActorEntry>> holders = new LinkedHashMap<>();

    FrontLines(ResourceFile f, ActorCatalogue catalogue) {
        for (ResourceFile.Row r : f.rows()) {
            ActorEntry a = catalogue.entry(r.get(3));
            if (a == null) {
                throw f.error(r, "holder '" + r.get(3) + "' is not an actor id of actors.tsv; use an id of that file");
            }
            LocalDate from;
            LocalDate to;
            double lat;
            double lon;
            try {
                from = LocalDate.parse(r.get(1));
                to = LocalDate.parse(r.get(2));
                lat = Double.parseDouble(r.get(5));
                lon = Double.parseDouble(r.get(6));
            } catch (RuntimeException e) {
                throw f.error(r, "from/to must be YYYY-MM-DD and lat/lon decimal degrees (" + e.getMessage() + ")");
            }
            towns.add(new Town(r.get(0), from, to, a, lat, lon));
            holders.computeIfAbsent(r.get(0), k -> new LinkedHashSet<>()).add(a);
        }
        for (Map.Entry<String, Set<ActorEntry>> e : holders.entrySet()) {
            if (e.getValue().size() != 2) {
                throw new IllegalStateException("events/frontlines.tsv: front '" + e.getKey() + "' has "
                        + e.getValue().size() + " holders; a front needs exactly two: list the towns of both sides");
            }
        }
    }

    /** The bundled front lines. */
    public static FrontLines bundled() {
        return Holder.BUNDLED;
    }

    /**
     * The shooter and holder for fire at ({@code lat}, {@code lon}) on {@code date}: the holder of the nearest listed
     * town within 30 km of a front valid on that date, and the other side; null outside every front.
     */
    public Sides at(LocalDate date, double lat, double lon) {
        Town best = null;
        double bestKm = MAX_KM;
        for (Town t : towns) {
            if (date != null && (date.isBefore(t.from()) || date.isAfter(t.to())) || date == null) {
                continue;
            }
            double km = Place.km(lat, lon, t.lat(), t.lon());
            if (km <= bestKm) {
                best = t;
                bestKm = km;
            }
        }
        if (best == null) {
            return null;
        }
        for (ActorEntry other : holders.get(best.front())) {
            if (other != best.holder()) {
                return new Sides(other, best.holder());
            }
        }
        return null;
    }
}
