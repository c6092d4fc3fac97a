package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.export.EventJson;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Count;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventLocation;
import org.sitrep.model.EventStatus;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.SourceRef;
import org.sitrep.model.SubEventType;

/** Reads events written by {@link EventJson} (event.schema.json) back into {@link Event} records. */
public final class EventReader {
    private EventReader() {
    }

    public static Event parse(String json) {
        try {
            return fromJson(EventJson.MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("stored event is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static Event fromJson(JsonNode o) {
        JsonNode d = o.path("date");
        EventDate date = new EventDate(date(d.path("start")), date(d.path("end")), precision(d.path("precision").asText("unknown")),
                text(d, "text"));
        JsonNode l = o.path("location");
        EventLocation loc = new EventLocation(text(l, "name"), text(l, "country"), text(l, "admin1"), dbl(l.path("lat")),
                dbl(l.path("lon")), l.path("geonames_id").isNumber() ? l.path("geonames_id").asLong() : null,
                geo(l.path("precision").asText("unknown")), text(l, "text"));
        List<EventActor> actors = new ArrayList<>();
        for (JsonNode a : o.path("actors")) {
            actors.add(new EventActor(EventActor.Role.valueOf(a.path("role").asText().toUpperCase(java.util.Locale.ROOT)),
                    text(a, "id"), text(a, "name"), ActorKind.fromJson(a.path("kind").asText("unknown")), text(a, "country"),
                    text(a, "text")));
        }
        List<String> claimed = new ArrayList<>();
        o.path("claimed_by").forEach(c -> claimed.add(c.asText()));
        List<Evidence> evidence = new ArrayList<>();
        for (JsonNode x : o.path("evidence")) {
            evidence.add(new Evidence(text(x, "doc"), x.path("start").asInt(), x.path("end").asInt(), text(x, "quote")));
        }
        List<SourceRef> sources = new ArrayList<>();
        for (JsonNode s : o.path("sources")) {
            sources.add(new SourceRef(text(s, "doc"), text(s, "url"), text(s, "title"), text(s, "published"), text(s, "attributed_to"),
                    s.path("status").isTextual() ? status(s.path("status").asText()) : null));
        }
        Evidence first = evidence.isEmpty() ? null : evidence.get(0);
        return new Event(first == null ? 0 : first.start(), first == null ? 0 : first.end(), first == null ? 0 : first.start(),
                first == null ? 0 : first.start(), text(o, "id"), EventType.fromJson(o.path("type").asText()),
                SubEventType.fromJson(o.path("subtype").asText()), date, loc, actors, count(o.path("fatalities")),
                count(o.path("injured")), o.path("incidents").isNumber() ? o.path("incidents").asInt() : null, claimed,
                status(o.path("status").asText("occurred")), text(o, "attributed_to"), o.path("confidence").asDouble(0.5),
                evidence, sources, text(o, "pipeline_version"));
    }

    static EventStatus status(String s) {
        return EventStatus.valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }

    static DatePrecision precision(String s) {
        return DatePrecision.valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }

    static GeoPrecision geo(String s) {
        return GeoPrecision.valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }

    static Count count(JsonNode c) {
        if (c == null || !c.isObject()) {
            return null;
        }
        return new Count(c.path("best").isNumber() ? c.path("best").asInt() : null, c.path("low").isNumber() ? c.path("low").asInt() : null,
                c.path("high").isNumber() ? c.path("high").asInt() : null, text(c, "text"));
    }

    static LocalDate date(JsonNode n) {
        return n.isTextual() ? LocalDate.parse(n.asText()) : null;
    }

    static Double dbl(JsonNode n) {
        return n.isNumber() ? n.asDouble() : null;
    }

    static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }
}
