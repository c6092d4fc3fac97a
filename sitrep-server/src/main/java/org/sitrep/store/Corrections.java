package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.export.EventJson;
import org.sitrep.merge.EventMerger;
import org.sitrep.model.Event;
import org.sitrep.model.SourceRef;

/** Applies analyst corrections to the machine's clusters; the result is what readers see. */
final class Corrections {
    /**
     * Payload field written by {@link Store#correct}: per event id the correction names, its evidence spans
     * ({@code [doc, start, end]}) when the correction was made, to find the event again when a newer pipeline gave it
     * another id.
     */
    static final String ANCHORS = "anchors";

    /**
     * Merged events with the ids that analysts rejected or corrected, and {@code heads}: for every machine event id, the id
     * of the merged event it is now a member of (its own id when it heads its event).
     */
    record Result(List<Event> events, Set<String> rejected, Set<String> corrected, Map<String, String> heads) {
    }

    private Corrections() {
    }

    static Result apply(List<EventMerger.Cluster> clusters, List<Correction> corrections) {
        List<List<Event>> groups = new ArrayList<>();
        clusters.forEach(c -> groups.add(new ArrayList<>(c.members())));
        for (Correction c : corrections) {
            if (c.kind() == Correction.Kind.MERGE) {
                int target = find(groups, c.eventId(), c);
                for (JsonNode w : c.payload().path("with")) {
                    int other = find(groups, w.asText(), c);
                    if (target >= 0 && other >= 0 && other != target) {
                        groups.get(target).addAll(groups.get(other));
                        groups.set(other, new ArrayList<>());
                    }
                }
            } else if (c.kind() == Correction.Kind.SPLIT) {
                int target = find(groups, c.eventId(), c);
                if (target < 0) {
                    continue;
                }
                Set<String> docs = new HashSet<>();
                c.payload().path("docs").forEach(d -> docs.add(d.asText()));
                List<Event> out = new ArrayList<>();
                for (Iterator<Event> it = groups.get(target).iterator(); it.hasNext(); ) {
                    Event e = it.next();
                    if (e.sources().stream().map(SourceRef::doc).anyMatch(docs::contains)) {
                        out.add(e);
                        it.remove();
                    }
                }
                if (!out.isEmpty() && !groups.get(target).isEmpty()) {
                    groups.add(out);
                } else if (!out.isEmpty()) {
                    groups.set(target, out);
                }
            }
        }
        List<Event> events = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        Map<String, String> heads = new HashMap<>();
        for (List<Event> g : groups) {
            if (!g.isEmpty()) {
                Event e = EventMerger.combine(g);
                for (Event m : g) {
                    index.put(m.id(), events.size());
                    heads.put(m.id(), e.id());
                }
                events.add(e);
            }
        }
        Set<String> rejected = new HashSet<>();
        Set<String> corrected = new HashSet<>();
        for (Correction c : corrections) {
            Integer i = index.get(c.eventId());
            if (i == null) {
                int g = anchored(groups, c.eventId(), c);
                if (g < 0) {
                    continue;
                }
                i = index.get(groups.get(g).get(0).id());
            }
            String id = events.get(i).id();
            switch (c.kind()) {
                case REJECT -> rejected.add(id);
                case SET -> {
                    ObjectNode json = EventJson.toJson(events.get(i));
                    JsonNode fields = c.payload().path("fields");
                    fields.fields().forEachRemaining(f -> {
                        if (!f.getKey().equals("id") && !f.getKey().equals("evidence") && !f.getKey().equals("sources")) {
                            json.set(f.getKey(), f.getValue());
                        }
                    });
                    events.set(i, EventReader.fromJson(json));
                    corrected.add(id);
                }
                default -> corrected.add(id);
            }
        }
        events.sort(EventMerger.CANONICAL);
        return new Result(events, rejected, corrected, heads);
    }

    /** Validates a {@code set} payload against an event: throws IllegalArgumentException naming the bad field. */
    static Event preview(Event e, JsonNode fields) {
        ObjectNode json = EventJson.toJson(e);
        fields.fields().forEachRemaining(f -> json.set(f.getKey(), f.getValue()));
        return EventReader.fromJson(json);
    }

    /** The group holding the event {@code id}, else the one its anchors point to (see {@link #anchored}); -1 if none. */
    private static int find(List<List<Event>> groups, String id, Correction c) {
        for (int i = 0; i < groups.size(); i++) {
            for (Event e : groups.get(i)) {
                if (e.id().equals(id)) {
                    return i;
                }
            }
        }
        return anchored(groups, id, c);
    }

    /**
     * The group whose events' evidence overlaps most of the spans anchored for {@code id} (same document, overlapping
     * offsets), at least half of them; -1 when no group does. Ties: the first group.
     */
    static int anchored(List<List<Event>> groups, String id, Correction c) {
        JsonNode spans = c.payload().path(ANCHORS).path(id);
        if (!spans.isArray() || spans.isEmpty()) {
            return -1;
        }
        int best = -1;
        int bestHits = 0;
        for (int i = 0; i < groups.size(); i++) {
            int hits = 0;
            for (JsonNode s : spans) {
                String doc = s.path(0).asText();
                int start = s.path(1).asInt();
                int end = s.path(2).asInt();
                boolean hit = false;
                for (Event e : groups.get(i)) {
                    for (org.sitrep.model.Evidence x : e.evidence()) {
                        hit |= doc.equals(x.doc()) && x.start() < end && start < x.end();
                    }
                }
                hits += hit ? 1 : 0;
            }
            if (hits > bestHits) {
                best = i;
                bestHits = hits;
            }
        }
        return bestHits * 2 >= spans.size() ? best : -1;
    }
}
