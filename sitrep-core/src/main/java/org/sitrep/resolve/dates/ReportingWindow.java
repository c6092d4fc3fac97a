package org.sitrep.resolve.dates;

import java.time.LocalDate;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Document;
import org.sitrep.model.EventDate;

/**
 * The date an event gets in a news report when no date mention of its own or governing it is found: the
 * publication day (news reports what happened on or just before the day it appears). A deictic date in the
 * event's clause ("on Monday" in a Wednesday article) is already a {@code Layers.DATES} entry and wins over this.
 */
public final class ReportingWindow {
    private ReportingWindow() {
    }

    /** The publication day as a DAY-precision event date, or {@link EventDate#unknown()} without one. */
    public static EventDate forDocument(Document doc) {
        LocalDate p = doc.meta().published();
        if (p == null) {
            return EventDate.unknown();
        }
        return new EventDate(p, p, DatePrecision.DAY, null);
    }
}
