package org.sitrep.model;

import java.time.LocalDate;

/** The interval in which an event happened; start/end null only when precision is UNKNOWN. */
public record EventDate(LocalDate start, LocalDate end, DatePrecision precision, String text) {
    public static EventDate unknown() {
        return new EventDate(null, null, DatePrecision.UNKNOWN, null);
    }
}
