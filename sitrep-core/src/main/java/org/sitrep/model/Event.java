package org.sitrep.model;

import java.util.List;

/**
 * One event, shaped as event.schema.json. As an annotation its span is the evidence sentence in the document
 * that produced it; {@code triggerStart}/{@code triggerEnd} mark the trigger word(s) inside that span.
 */
public record Event(int start, int end, int triggerStart, int triggerEnd, String id, EventType type,
                    SubEventType subtype, EventDate date, EventLocation location, List<EventActor> actors,
                    Count fatalities, Count injured, Integer incidents, List<String> claimedBy, EventStatus status,
                    String attributedTo, double confidence, List<Evidence> evidence, List<SourceRef> sources,
                    String pipelineVersion) implements Span {

    public Event {
        actors = List.copyOf(actors);
        claimedBy = List.copyOf(claimedBy);
        evidence = List.copyOf(evidence);
        sources = List.copyOf(sources);
    }

    public EventActor actor(EventActor.Role role) {
        for (EventActor a : actors) {
            if (a.role() == role) {
                return a;
            }
        }
        return null;
    }

    public Event withId(String newId) {
        return new Event(start, end, triggerStart, triggerEnd, newId, type, subtype, date, location, actors, fatalities,
                injured, incidents, claimedBy, status, attributedTo, confidence, evidence, sources, pipelineVersion);
    }
}
