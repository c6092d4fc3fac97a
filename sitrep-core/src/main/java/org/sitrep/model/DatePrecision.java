package org.sitrep.model;

/** Precision of an event date, as event.schema.json spells it. */
public enum DatePrecision {
    DAY("day", 1), RANGE("range", 2), MONTH("month", 3), YEAR("year", 3), UNKNOWN("unknown", 3);

    private final String json;
    private final int acledCode;

    DatePrecision(String json, int acledCode) {
        this.json = json;
        this.acledCode = acledCode;
    }

    public String json() {
        return json;
    }

    /** ACLED time_precision code for CSV output (1 day, 2 range up to a month, 3 month or wider). */
    public int acledCode() {
        return acledCode;
    }
}
