package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.EventType;

/**
 * ACLED event rows (notes as text). Pre-2019 event types map as evaluation.md says (Battle-* to battles, Remote
 * violence to explosions, Riots/Protests to protests or riots, the strategic ones to strategic developments); 2019+
 * rows are also scored on the sub-event type.
 */
public final class AcledEvaluator extends EventDatasetEvaluator {
    private static final Map<String, Set<EventType>> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("battles", types(EventType.BATTLES));
        LABELS.put("explosions_remote_violence", types(EventType.EXPLOSIONS_REMOTE_VIOLENCE));
        LABELS.put("violence_against_civilians", types(EventType.VIOLENCE_AGAINST_CIVILIANS));
        LABELS.put("protests", types(EventType.PROTESTS));
        LABELS.put("riots", types(EventType.RIOTS));
        LABELS.put("protests_or_riots", types(EventType.PROTESTS, EventType.RIOTS));
        LABELS.put("strategic_developments", types(EventType.STRATEGIC_DEVELOPMENTS));
    }

    @Override
    public String name() {
        return "acled";
    }

    @Override
    public boolean accepts(JsonNode first) {
        JsonNode g = first.get("gold");
        return g != null && g.has("event_id_cnty") && g.has("event_type");
    }

    /** The evaluation label of an ACLED event type of either scheme. */
    static String label(String eventType) {
        String t = eventType.toLowerCase(Locale.ROOT).trim();
        if (t.startsWith("battle")) {
            return "battles";
        }
        if (t.startsWith("remote violence") || t.startsWith("explosions")) {
            return "explosions_remote_violence";
        }
        if (t.startsWith("violence against civilians")) {
            return "violence_against_civilians";
        }
        if (t.equals("riots/protests")) {
            return "protests_or_riots";
        }
        if (t.equals("protests")) {
            return "protests";
        }
        if (t.equals("riots")) {
            return "riots";
        }
        if (t.startsWith("strategic development") || t.startsWith("non-violent transfer") || t.startsWith("headquarters")) {
            return "strategic_developments";
        }
        return null;
    }

    static String subtype(String s) {
        if (s == null) {
            return null;
        }
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    @Override
    Gold gold(JsonNode record) {
        JsonNode g = record.get("gold");
        Gold out = new Gold();
        out.label = label(text(g, "event_type"));
        out.accepted = out.label == null ? Set.of() : LABELS.get(out.label);
        if ("2019+".equals(text(g, "scheme"))) {
            out.subtype = subtype(text(g, "sub_event_type"));
        }
        out.countryIso = COUNTRIES.iso(text(g, "country"));
        Integer gp = integer(g, "geo_precision");
        out.townPrecise = gp != null && gp == 1;
        out.lat = number(g, "latitude");
        out.lon = number(g, "longitude");
        out.fatalities = integer(g, "fatalities");
        out.actor1 = text(g, "actor1");
        return out;
    }

    @Override
    LocalDate published(JsonNode record) {
        return date(text(record.get("gold"), "event_date"));
    }

    @Override
    String labelOf(EventType predicted, Gold gold) {
        if (gold.accepted.contains(predicted)) {
            return gold.label;
        }
        if ("protests_or_riots".equals(gold.label) || gold.subtype == null) {
            // pre-2019 labels
            switch (predicted) {
                case PROTESTS:
                case RIOTS:
                    return "protests_or_riots";
                default:
                    return predicted.json();
            }
        }
        return predicted.json();
    }
}
