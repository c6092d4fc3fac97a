package org.sitrep.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.sitrep.model.Count;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.Evidence;
import org.sitrep.model.SourceRef;

/** Events as event.schema.json objects, fields in a fixed order so the same input gives byte-identical output. */
public final class EventJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private EventJson() {
    }

    public static ObjectNode toJson(Event e) {
        ObjectNode o = F.objectNode();
        o.put("id", e.id());
        o.put("type", e.type().json());
        o.put("subtype", e.subtype().json());
        ObjectNode date = o.putObject("date");
        date.put("start", e.date().start() == null ? null : e.date().start().toString());
        date.put("end", e.date().end() == null ? null : e.date().end().toString());
        date.put("precision", e.date().precision().json());
        if (e.date().text() != null) {
            date.put("text", e.date().text());
        }
        ObjectNode loc = o.putObject("location");
        loc.put("name", e.location().name());
        loc.put("country", e.location().country());
        loc.put("admin1", e.location().admin1());
        putCoord(loc, "lat", e.location().lat());
        putCoord(loc, "lon", e.location().lon());
        if (e.location().geonamesId() == null) {
            loc.putNull("geonames_id");
        } else {
            loc.put("geonames_id", e.location().geonamesId());
        }
        loc.put("precision", e.location().precision().json());
        if (e.location().text() != null) {
            loc.put("text", e.location().text());
        }
        ArrayNode actors = o.putArray("actors");
        for (EventActor a : e.actors()) {
            ObjectNode an = actors.addObject();
            an.put("role", a.role().json());
            an.put("id", a.id());
            an.put("name", a.name());
            an.put("kind", a.kind().json());
            an.put("country", a.country());
            if (a.text() != null) {
                an.put("text", a.text());
            }
        }
        o.set("fatalities", count(e.fatalities()));
        o.set("injured", count(e.injured()));
        if (e.incidents() == null) {
            o.putNull("incidents");
        } else {
            o.put("incidents", e.incidents());
        }
        ArrayNode claimed = o.putArray("claimed_by");
        e.claimedBy().forEach(claimed::add);
        o.put("status", e.status().json());
        o.put("attributed_to", e.attributedTo());
        o.put("confidence", round(e.confidence(), 3));
        ArrayNode ev = o.putArray("evidence");
        for (Evidence x : e.evidence()) {
            ObjectNode xn = ev.addObject();
            xn.put("doc", x.doc());
            xn.put("start", x.start());
            xn.put("end", x.end());
            if (x.quote() != null) {
                xn.put("quote", x.quote());
            }
        }
        ArrayNode src = o.putArray("sources");
        for (SourceRef s : e.sources()) {
            ObjectNode sn = src.addObject();
            sn.put("doc", s.doc());
            sn.put("url", s.url());
            sn.put("title", s.title());
            sn.put("published", s.published());
            sn.put("attributed_to", s.attributedTo());
            sn.put("status", s.status() == null ? null : s.status().json());
        }
        o.put("pipeline_version", e.pipelineVersion());
        return o;
    }

    private static ObjectNode count(Count c) {
        if (c == null) {
            return null;
        }
        ObjectNode n = F.objectNode();
        n.put("best", c.best());
        n.put("low", c.low());
        n.put("high", c.high());
        if (c.text() != null) {
            n.put("text", c.text());
        }
        return n;
    }

    static void putCoord(ObjectNode n, String field, Double v) {
        if (v == null) {
            n.putNull(field);
        } else {
            n.put(field, round(v, 5));
        }
    }

    static double round(double v, int places) {
        return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }

    public static String line(Event e) {
        try {
            return MAPPER.writeValueAsString(toJson(e));
        } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
            throw new IllegalStateException(x);
        }
    }
}
