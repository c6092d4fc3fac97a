package org.sitrep.model;

import java.time.LocalDate;

/**
 * A temporal expression anchored to an interval.
 *
 * @param value TIMEX3 value (2016-12-19, 2015-11, P7M, PRESENT_REF, XXXX-XX-XX ...)
 * @param mod TIMEX3 mod (START, MID, END, APPROX, BEFORE, AFTER ...) or null
 * @param first first day of the interval, null if unknown (durations, sets, unanchored)
 * @param last last day of the interval, null if unknown
 * @param precision event-date precision this interval gives
 */
public record ResolvedDate(int start, int end, DateMention mention, String value, TimexType type, String mod,
                           LocalDate first, LocalDate last, DatePrecision precision) implements Span {

    public boolean isAnchored() {
        return first != null && last != null;
    }
}
