package org.sitrep.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sitrep.model.Event;

/** A GeoJSON FeatureCollection of events; an event without coordinates gets {@code geometry: null}. */
public final class GeoJson {
    private GeoJson() {
    }

    public static ObjectNode collection(List<Event> events) {
        ObjectNode fc = JsonNodeFactory.instance.objectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (Event e : events) {
            features.add(feature(e));
        }
        return fc;
    }

    public static ObjectNode feature(Event e) {
        ObjectNode f = JsonNodeFactory.instance.objectNode();
        f.put("type", "Feature");
        f.put("id", e.id());
        if (e.location().lat() != null && e.location().lon() != null) {
            ObjectNode g = f.putObject("geometry");
            g.put("type", "Point");
            ArrayNode c = g.putArray("coordinates");
            c.add(EventJson.round(e.location().lon(), 5));
            c.add(EventJson.round(e.location().lat(), 5));
        } else {
            f.putNull("geometry");
        }
        f.set("properties", EventJson.toJson(e));
        return f;
    }
}
