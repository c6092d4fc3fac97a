package org.sitrep.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sitrep.model.Count;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;

/** ACLED-style CSV, columns exactly as cli.md lists them; RFC 4180 quoting. */
public final class EventCsv {
    public static final List<String> COLUMNS = List.of("event_id", "event_date", "date_start", "date_end", "time_precision",
            "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
            "country", "admin1", "location", "latitude", "longitude", "geo_precision", "fatalities", "fatalities_low",
            "fatalities_high", "injured", "incidents", "claimed_by", "status", "attributed_to", "sources", "notes");

    private EventCsv() {
    }

    public static String header() {
        return String.join(",", COLUMNS);
    }

    public static String row(Event e) {
        return values(e).stream().map(EventCsv::quote).collect(Collectors.joining(","));
    }

    /** The unquoted values of {@link #COLUMNS} for one event ("" where the CSV cell is empty); the Parquet export mirrors them. */
    public static List<String> values(Event e) {
        List<String> c = new ArrayList<>(COLUMNS.size());
        String start = e.date().start() == null ? "" : e.date().start().toString();
        c.add(e.id());
        c.add(start);
        c.add(start);
        c.add(e.date().end() == null ? "" : e.date().end().toString());
        c.add(String.valueOf(e.date().precision().acledCode()));
        c.add(e.type().json());
        c.add(e.subtype().json());
        c.add(name(e, EventActor.Role.ACTOR1));
        c.add(name(e, EventActor.Role.ASSOCIATED1));
        c.add(inter(e, EventActor.Role.ACTOR1));
        c.add(name(e, EventActor.Role.ACTOR2));
        c.add(name(e, EventActor.Role.ASSOCIATED2));
        c.add(inter(e, EventActor.Role.ACTOR2));
        c.add(nz(e.location().country()));
        c.add(nz(e.location().admin1()));
        c.add(nz(e.location().name()));
        c.add(e.location().lat() == null ? "" : String.valueOf(EventJson.round(e.location().lat(), 5)));
        c.add(e.location().lon() == null ? "" : String.valueOf(EventJson.round(e.location().lon(), 5)));
        c.add(String.valueOf(e.location().precision().acledCode()));
        Count f = e.fatalities();
        c.add(f == null || f.best() == null ? "0" : String.valueOf(f.best()));
        c.add(f == null || f.low() == null ? "" : String.valueOf(f.low()));
        c.add(f == null || f.high() == null ? "" : String.valueOf(f.high()));
        c.add(e.injured() == null || e.injured().best() == null ? "" : String.valueOf(e.injured().best()));
        c.add(e.incidents() == null ? "" : String.valueOf(e.incidents()));
        c.add(String.join("; ", e.claimedBy()));
        c.add(e.status().json());
        c.add(nz(e.attributedTo()));
        c.add(e.sources().stream().map(s -> s.doc()).collect(Collectors.joining("; ")));
        c.add(notes(e));
        return c;
    }

    /** A one-line summary written by sitrep (never the source sentence). */
    public static String notes(Event e) {
        StringBuilder sb = new StringBuilder();
        EventActor a1 = e.actor(EventActor.Role.ACTOR1);
        EventActor a2 = e.actor(EventActor.Role.ACTOR2);
        sb.append(e.subtype().json().replace('_', ' '));
        if (a1 != null) {
            sb.append(" by ").append(a1.name());
        }
        if (a2 != null) {
            sb.append(" against ").append(a2.name());
        }
        if (e.location().name() != null) {
            sb.append(e.location().precision().json().equals("near") ? " near " : " in ").append(e.location().name());
        } else if (e.location().country() != null) {
            sb.append(" in ").append(e.location().country());
        }
        if (e.date().start() != null) {
            sb.append(e.date().start().equals(e.date().end()) ? " on " + e.date().start()
                    : " between " + e.date().start() + " and " + e.date().end());
        }
        if (e.incidents() != null && e.incidents() > 1) {
            sb.append(String.format(Locale.ROOT, " (%d incidents)", e.incidents()));
        }
        if (e.fatalities() != null && e.fatalities().best() != null) {
            sb.append(String.format(Locale.ROOT, "; %d killed", e.fatalities().best()));
        }
        if (e.injured() != null && e.injured().best() != null) {
            sb.append(String.format(Locale.ROOT, "; %d injured", e.injured().best()));
        }
        return sb.toString();
    }

    private static String name(Event e, EventActor.Role role) {
        EventActor a = e.actor(role);
        return a == null ? "" : a.name();
    }

    private static String inter(Event e, EventActor.Role role) {
        EventActor a = e.actor(role);
        return a == null ? "0" : String.valueOf(a.kind().inter());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String quote(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
