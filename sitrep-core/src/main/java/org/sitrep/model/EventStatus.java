package org.sitrep.model;

/** Whether an event happened, as the text tells it (see event.schema.json). */
public enum EventStatus {
    OCCURRED, CLAIMED, ALLEGED;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
