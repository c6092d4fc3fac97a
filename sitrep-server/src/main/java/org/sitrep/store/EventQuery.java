package org.sitrep.store;

import java.time.LocalDate;

/**
 * Filters, order and page of an event listing. Null fields do not filter. {@code bbox} is
 * {@code minLon,minLat,maxLon,maxLat}; {@code sort} one of {@code date}, {@code -date}, {@code fatalities},
 * {@code -fatalities}, {@code id}; dates filter on the start date (inclusive).
 */
public record EventQuery(String actor, String type, String subtype, String country, String admin1, LocalDate from, LocalDate to,
                         double[] bbox, String text, boolean includeRejected, String sort, int limit, int offset) {
    public static final int MAX_LIMIT = 1000;

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, null, null, false, "date", Integer.MAX_VALUE, 0);
    }

    public EventQuery page(int newLimit, int newOffset) {
        return new EventQuery(actor, type, subtype, country, admin1, from, to, bbox, text, includeRejected, sort, newLimit, newOffset);
    }

    public EventQuery withActor(String a) {
        return new EventQuery(a, type, subtype, country, admin1, from, to, bbox, text, includeRejected, sort, limit, offset);
    }
}
