package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.sitrep.model.EventType;

/**
 * PETRARCH2 unit-test records (CAMEO coding of stylised sentences). CAMEO covers diplomacy that ACLED does not, so
 * only two figures are reported: detected on records that carry events, and the no-event rate on records that
 * must produce none ({@code noevents} or an empty event list).
 */
public final class PetrarchEvaluator extends EventDatasetEvaluator {
    @Override
    public String name() {
        return "petrarch2";
    }

    @Override
    public boolean accepts(JsonNode first) {
        JsonNode g = first.get("gold");
        return g != null && g.has("events") && first.has("category");
    }

    @Override
    Gold gold(JsonNode record) {
        JsonNode g = record.get("gold");
        Gold out = new Gold();
        JsonNode ev = g.get("events");
        boolean none = g.path("noevents").asBoolean(false) || record.path("noevents").asBoolean(false)
                || ev == null || !ev.isArray() || ev.size() == 0;
        out.expectEvent = !none;
        return out;
    }

    @Override
    LocalDate published(JsonNode record) {
        return date(text(record, "date"));
    }

    @Override
    String labelOf(EventType predicted, Gold gold) {
        return predicted.json();
    }
}
