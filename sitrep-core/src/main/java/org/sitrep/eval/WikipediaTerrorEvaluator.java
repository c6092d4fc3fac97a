package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.EventType;

/**
 * Wikipedia "List of terrorist incidents" rows. The free-text incident type is mapped to ACLED types where it is
 * clear (bombings to explosions, kidnappings to attacks on civilians, shootings to attacks or battles); dead and
 * injured are scored only where the list marks them exact; the perpetrator is actor1 ("Unknown" unscored).
 */
public final class WikipediaTerrorEvaluator extends EventDatasetEvaluator {
    private static final Map<String, Set<EventType>> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("explosion", types(EventType.EXPLOSIONS_REMOTE_VIOLENCE));
        LABELS.put("abduction", types(EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.STRATEGIC_DEVELOPMENTS));
        LABELS.put("armed_attack", types(EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.BATTLES,
                EventType.EXPLOSIONS_REMOTE_VIOLENCE));
        LABELS.put("arson", types(EventType.STRATEGIC_DEVELOPMENTS, EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.RIOTS));
    }

    @Override
    public String name() {
        return "wikipedia_terror";
    }

    @Override
    public boolean accepts(JsonNode first) {
        JsonNode g = first.get("gold");
        return g != null && g.has("dead_raw") && g.has("perpetrator");
    }

    static String label(String type) {
        if (type == null) {
            return null;
        }
        String t = type.toLowerCase(Locale.ROOT);
        if (t.contains("bomb") || t.contains("explos") || t.contains("ied") || t.contains("grenade") || t.contains("mine")
                || t.contains("rocket") || t.contains("mortar") || t.contains("shell") || t.contains("missile")
                || t.contains("blast")) {
            return "explosion";
        }
        if (t.contains("kidnap") || t.contains("hostage") || t.contains("abduct") || t.contains("hijack")) {
            return "abduction";
        }
        if (t.contains("shoot") || t.contains("massacre") || t.contains("execution") || t.contains("assassin")
                || t.contains("stab") || t.contains("melee") || t.contains("attack") || t.contains("ambush")
                || t.contains("raid") || t.contains("behead") || t.contains("spree") || t.contains("murder")
                || t.contains("gunfire") || t.contains("lynch") || t.contains("shotdown") || t.contains("shot")) {
            return "armed_attack";
        }
        if (t.contains("arson") || t.contains("fire")) {
            return "arson";
        }
        return null;
    }

    @Override
    Gold gold(JsonNode record) {
        JsonNode g = record.get("gold");
        Gold out = new Gold();
        out.label = label(text(g, "type"));
        out.accepted = out.label == null ? Set.of() : LABELS.get(out.label);
        out.countryIso = COUNTRIES.iso(text(g, "country"));
        JsonNode de = g.get("dead_exact");
        if (de != null && de.asBoolean(false)) {
            out.fatalities = integer(g, "dead");
        }
        JsonNode ie = g.get("injured_exact");
        if (ie != null && ie.asBoolean(false)) {
            out.injured = integer(g, "injured");
        }
        out.actor1 = text(g, "perpetrator");
        return out;
    }

    @Override
    LocalDate published(JsonNode record) {
        return date(text(record.get("gold"), "date"));
    }

    @Override
    String labelOf(EventType predicted, Gold gold) {
        return gold.accepted.contains(predicted) ? gold.label : firstLabel(predicted, LABELS);
    }
}
