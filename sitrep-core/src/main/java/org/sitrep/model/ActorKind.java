package org.sitrep.model;

/** ACLED actor types, with their inter codes (1-8). */
public enum ActorKind {
    STATE_FORCES("state_forces", 1), REBEL_GROUP("rebel_group", 2), POLITICAL_MILITIA("political_militia", 3),
    IDENTITY_MILITIA("identity_militia", 4), RIOTERS("rioters", 5), PROTESTERS("protesters", 6),
    CIVILIANS("civilians", 7), EXTERNAL_OTHER("external_other", 8), UNKNOWN("unknown", 0);

    private final String json;
    private final int inter;

    ActorKind(String json, int inter) {
        this.json = json;
        this.inter = inter;
    }

    public String json() {
        return json;
    }

    public int inter() {
        return inter;
    }

    public static ActorKind fromJson(String s) {
        for (ActorKind k : values()) {
            if (k.json.equals(s)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown actor kind '" + s + "'; valid: state_forces, rebel_group, political_militia, "
                + "identity_militia, rioters, protesters, civilians, external_other, unknown");
    }
}
