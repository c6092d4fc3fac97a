package org.sitrep.export;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Document;
import org.sitrep.model.Layers;
import org.sitrep.model.Place;
import org.sitrep.model.QuantityMention;
import org.sitrep.model.ResolvedDate;
import org.sitrep.model.ResolvedPlace;

/** Resolved mentions as mention.schema.json objects, in document order. */
public final class MentionJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private MentionJson() {
    }

    public static List<ObjectNode> mentions(Document doc) {
        record M(int start, int end, int order, ObjectNode node) {
        }
        List<M> out = new ArrayList<>();
        if (doc.has(Layers.PLACES)) {
            for (ResolvedPlace p : doc.get(Layers.PLACES)) {
                ObjectNode n = base(doc, "place", p.start(), p.end());
                ObjectNode v = n.putObject("place");
                Place pl = p.place();
                if (pl == null) {
                    v.putNull("geonames_id");
                    v.putNull("name");
                    v.putNull("country");
                    v.putNull("admin1");
                    v.putNull("lat");
                    v.putNull("lon");
                    v.putNull("feature");
                } else {
                    v.put("geonames_id", pl.geonameId());
                    v.put("name", pl.name());
                    v.put("country", pl.country());
                    v.put("admin1", pl.admin1Name());
                    EventJson.putCoord(v, "lat", pl.lat());
                    EventJson.putCoord(v, "lon", pl.lon());
                    v.put("feature", pl.featureCode());
                }
                v.put("precision", p.precision().json());
                v.put("demonym", p.isDemonym());
                out.add(new M(p.start(), p.end(), 0, n));
            }
        }
        if (doc.has(Layers.DATES)) {
            for (ResolvedDate d : doc.get(Layers.DATES)) {
                ObjectNode n = base(doc, "date", d.start(), d.end());
                ObjectNode v = n.putObject("date");
                v.put("value", d.value());
                v.put("type", d.type().name());
                v.put("start", d.first() == null ? null : d.first().toString());
                v.put("end", d.last() == null ? null : d.last().toString());
                v.put("mod", d.mod());
                out.add(new M(d.start(), d.end(), 1, n));
            }
        }
        if (doc.has(Layers.ACTORS)) {
            for (ActorMention a : doc.get(Layers.ACTORS)) {
                ObjectNode n = base(doc, "actor", a.start(), a.end());
                ObjectNode v = n.putObject("actor");
                v.put("id", a.actor().id());
                v.put("name", a.actor().name());
                v.put("kind", a.actor().kind().json());
                v.put("country", a.actor().country());
                v.put("reporter", a.actor().reporter());
                v.put("anaphoric", a.anaphoric());
                out.add(new M(a.start(), a.end(), 2, n));
            }
        }
        if (doc.has(Layers.QUANTITIES)) {
            for (QuantityMention q : doc.get(Layers.QUANTITIES)) {
                ObjectNode n = base(doc, "quantity", q.start(), q.end());
                ObjectNode v = n.putObject("quantity");
                v.put("best", q.best());
                v.put("low", q.low());
                v.put("high", q.high());
                v.put("head", q.head());
                v.put("role", q.role().name().toLowerCase(java.util.Locale.ROOT));
                out.add(new M(q.start(), q.end(), 3, n));
            }
        }
        out.sort(Comparator.comparingInt(M::start).thenComparingInt(M::end).thenComparingInt(M::order));
        List<ObjectNode> r = new ArrayList<>(out.size());
        out.forEach(m -> r.add(m.node()));
        return r;
    }

    private static ObjectNode base(Document doc, String kind, int start, int end) {
        ObjectNode n = F.objectNode();
        n.put("doc", doc.id());
        n.put("kind", kind);
        n.put("start", start);
        n.put("end", end);
        n.put("text", doc.text().substring(start, end));
        return n;
    }
}
