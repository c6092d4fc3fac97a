package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * An analyst's correction, stored apart from machine output and applied on every rebuild, so it survives
 * re-ingest and reprocess. {@code eventId} names the event (a merged event's id, or the id of any machine event
 * inside it, so a correction keeps its target when an earlier report later joins the event).
 * <ul>
 *   <li>{@code reject}: {@code {"reason": "..."}} hides the event from listings and exports;</li>
 *   <li>{@code set}: {@code {"fields": {...}}} replaces top-level fields as event.schema.json spells them
 *       (type, subtype, date, location, actors, fatalities, injured, incidents, status, ...);</li>
 *   <li>{@code merge}: {@code {"with": ["id", ...]}} makes the events one (same country and event group);</li>
 *   <li>{@code split}: {@code {"docs": ["doc id", ...]}} takes the reports from those documents out into an event of their own.</li>
 * </ul>
 */
public record Correction(long id, String eventId, Kind kind, ObjectNode payload) {
    public enum Kind { REJECT, SET, MERGE, SPLIT }

    /** Every event id the correction names. */
    public List<String> eventIds() {
        List<String> out = new ArrayList<>();
        out.add(eventId);
        if (kind == Kind.MERGE) {
            for (JsonNode n : payload.path("with")) {
                out.add(n.asText());
            }
        }
        return out;
    }
}
