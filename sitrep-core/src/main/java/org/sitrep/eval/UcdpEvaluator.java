package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.EventType;

/**
 * UCDP GED rows (source headlines as text). Violence types map to ACLED types: state-based and non-state
 * conflict to battles or explosions/remote violence, one-sided violence to violence against civilians or
 * explosions; deaths are UCDP's {@code best}; actor1 is {@code side_a}.
 */
public final class UcdpEvaluator extends EventDatasetEvaluator {
    private static final Map<String, Set<EventType>> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("state_based", types(EventType.BATTLES, EventType.EXPLOSIONS_REMOTE_VIOLENCE));
        LABELS.put("non_state", types(EventType.BATTLES, EventType.EXPLOSIONS_REMOTE_VIOLENCE));
        LABELS.put("one_sided", types(EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.EXPLOSIONS_REMOTE_VIOLENCE));
    }

    @Override
    public String name() {
        return "ucdp_ged";
    }

    @Override
    public boolean accepts(JsonNode first) {
        JsonNode g = first.get("gold");
        return g != null && g.has("type_of_violence") && g.has("side_a");
    }

    @Override
    Gold gold(JsonNode record) {
        JsonNode g = record.get("gold");
        Gold out = new Gold();
        Integer t = integer(g, "type_of_violence");
        out.label = t == null ? null : t == 1 ? "state_based" : t == 2 ? "non_state" : "one_sided";
        out.accepted = out.label == null ? Set.of() : LABELS.get(out.label);
        out.countryIso = COUNTRIES.iso(text(g, "country"));
        Integer wp = integer(g, "where_prec");
        out.townPrecise = wp != null && wp == 1;
        out.lat = number(g, "latitude");
        out.lon = number(g, "longitude");
        out.fatalities = integer(g, "best");
        out.actor1 = text(g, "side_a");
        return out;
    }

    @Override
    LocalDate published(JsonNode record) {
        return date(text(record.get("gold"), "date_start"));
    }

    @Override
    String labelOf(EventType predicted, Gold gold) {
        return gold.accepted.contains(predicted) ? gold.label : firstLabel(predicted, LABELS);
    }
}
