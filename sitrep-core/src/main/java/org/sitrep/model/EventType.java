package org.sitrep.model;

/** ACLED event types (2019+ codebook), spelled as event.schema.json does. */
public enum EventType {
    BATTLES("battles"), EXPLOSIONS_REMOTE_VIOLENCE("explosions_remote_violence"),
    VIOLENCE_AGAINST_CIVILIANS("violence_against_civilians"), PROTESTS("protests"), RIOTS("riots"),
    STRATEGIC_DEVELOPMENTS("strategic_developments");

    private final String json;

    EventType(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    public static EventType fromJson(String s) {
        for (EventType t : values()) {
            if (t.json.equals(s)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown event type '" + s + "'");
    }
}
