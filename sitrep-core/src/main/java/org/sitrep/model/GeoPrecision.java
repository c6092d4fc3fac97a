package org.sitrep.model;

/** Location precision of an event, as event.schema.json spells it. */
public enum GeoPrecision {
    EXACT("exact", 1), NEAR("near", 2), REGION("region", 3), COUNTRY("country", 3), UNKNOWN("unknown", 3);

    private final String json;
    private final int acledCode;

    GeoPrecision(String json, int acledCode) {
        this.json = json;
        this.acledCode = acledCode;
    }

    public String json() {
        return json;
    }

    /** ACLED geo_precision code for CSV output. */
    public int acledCode() {
        return acledCode;
    }
}
