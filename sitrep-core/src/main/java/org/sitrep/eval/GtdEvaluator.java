package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.EventType;

/**
 * Global Terrorism Database summaries. GTD attack types are mapped to the ACLED types that can code them (an armed
 * assault is an attack on civilians or a battle; arson of property a strategic development or a riot); killed
 * ({@code nkill}) and wounded ({@code nwound}) are scored where known (not -9/-99); the perpetrator
 * ({@code gname}) is actor1, "Unknown" unscored.
 */
public final class GtdEvaluator extends EventDatasetEvaluator {
    private static final Map<String, Set<EventType>> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("Bombing/Explosion", types(EventType.EXPLOSIONS_REMOTE_VIOLENCE));
        LABELS.put("Armed Assault", types(EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.BATTLES));
        LABELS.put("Assassination", types(EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.BATTLES,
                EventType.EXPLOSIONS_REMOTE_VIOLENCE));
        LABELS.put("Unarmed Assault", types(EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.RIOTS,
                EventType.EXPLOSIONS_REMOTE_VIOLENCE));
        LABELS.put("Facility/Infrastructure Attack", types(EventType.STRATEGIC_DEVELOPMENTS, EventType.RIOTS,
                EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.EXPLOSIONS_REMOTE_VIOLENCE));
        LABELS.put("Hostage Taking (Kidnapping)", types(EventType.VIOLENCE_AGAINST_CIVILIANS));
        LABELS.put("Hostage Taking (Barricade Incident)", types(EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.BATTLES));
        LABELS.put("Hijacking", types(EventType.VIOLENCE_AGAINST_CIVILIANS));
    }

    @Override
    public String name() {
        return "gtd";
    }

    @Override
    public boolean accepts(JsonNode first) {
        JsonNode g = first.get("gold");
        return g != null && g.has("gname") && g.has("attacktype1_txt");
    }

    private static Integer known(Integer n) {
        return n == null || n < 0 ? null : n;
    }

    @Override
    Gold gold(JsonNode record) {
        JsonNode g = record.get("gold");
        Gold out = new Gold();
        String at = text(g, "attacktype1_txt");
        if (at != null && LABELS.containsKey(at)) {
            out.label = at;
            out.accepted = LABELS.get(at);
        }
        out.countryIso = COUNTRIES.iso(text(g, "country_txt"));
        Integer sp = integer(g, "specificity");
        out.townPrecise = sp != null && sp == 1;
        out.lat = number(g, "latitude");
        out.lon = number(g, "longitude");
        out.fatalities = known(integer(g, "nkill"));
        out.injured = known(integer(g, "nwound"));
        out.actor1 = text(g, "gname");
        return out;
    }

    @Override
    LocalDate published(JsonNode record) {
        JsonNode g = record.get("gold");
        LocalDate d = date(text(g, "date"));
        if (d == null) {
            Integer y = integer(g, "iyear");
            Integer m = integer(g, "imonth");
            if (y != null && y > 0) {
                d = LocalDate.of(y, m == null || m < 1 ? 1 : m, 1);
            }
        }
        return d;
    }

    @Override
    String labelOf(EventType predicted, Gold gold) {
        return gold.accepted.contains(predicted) ? gold.label : firstLabel(predicted, LABELS);
    }
}
